//! Coordinates: WGS84 degrees to the Swedish grid RT90 2.5 gon V, and distances.
//!
//! FTBook speaks RT90 by default. The transformation is Lantmäteriet's direct projection from
//! SWEREF 99 (which equals WGS84 to within a metre, enough for taxi addresses) to RT90 2.5 gon V:
//! a Gauss–Krüger projection on the GRS 80 ellipsoid with the parameters below, computed with
//! Lantmäteriet's series for the conformal latitude and the transverse Mercator.

/// A position in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wgs84 {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

/// A position in RT90 2.5 gon V, metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rt90 {
    /// X: northing (about 6 100 000 to 7 700 000 in Sweden).
    pub x: f64,
    /// Y: easting (about 1 200 000 to 1 900 000).
    pub y: f64,
}

// GRS 80.
const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
// RT 90 2.5 gon V from SWEREF 99 (Lantmäteriet's "direct projection" parameters).
const CENTRAL_MERIDIAN_DEG: f64 = 15.0 + 48.0 / 60.0 + 22.624_306 / 3600.0;
const SCALE: f64 = 1.000_005_610_24;
const FALSE_NORTHING: f64 = -667.711;
const FALSE_EASTING: f64 = 1_500_064.274;

impl Wgs84 {
    /// The position in RT90 2.5 gon V.
    pub fn to_rt90(self) -> Rt90 {
        let e2 = F * (2.0 - F);
        let n = F / (2.0 - F);
        let a_roof = A / (1.0 + n) * (1.0 + n.powi(2) / 4.0 + n.powi(4) / 64.0);

        let big_a = e2;
        let big_b = (5.0 * e2.powi(2) - e2.powi(3)) / 6.0;
        let big_c = (104.0 * e2.powi(3) - 45.0 * e2.powi(4)) / 120.0;
        let big_d = 1237.0 * e2.powi(4) / 1260.0;
        let beta1 = n / 2.0 - 2.0 * n.powi(2) / 3.0 + 5.0 * n.powi(3) / 16.0 + 41.0 * n.powi(4) / 180.0;
        let beta2 = 13.0 * n.powi(2) / 48.0 - 3.0 * n.powi(3) / 5.0 + 557.0 * n.powi(4) / 1440.0;
        let beta3 = 61.0 * n.powi(3) / 240.0 - 103.0 * n.powi(4) / 140.0;
        let beta4 = 49561.0 * n.powi(4) / 161_280.0;

        let phi = self.lat.to_radians();
        let lambda = self.lon.to_radians();
        let lambda0 = CENTRAL_MERIDIAN_DEG.to_radians();
        let sin2 = phi.sin().powi(2);
        let phi_star = phi
            - phi.sin() * phi.cos() * (big_a + big_b * sin2 + big_c * sin2.powi(2) + big_d * sin2.powi(3));
        let d_lambda = lambda - lambda0;
        let xi = (phi_star.tan() / d_lambda.cos()).atan();
        let eta = (phi_star.cos() * d_lambda.sin()).atanh();

        let x = SCALE
            * a_roof
            * (xi
                + beta1 * (2.0 * xi).sin() * (2.0 * eta).cosh()
                + beta2 * (4.0 * xi).sin() * (4.0 * eta).cosh()
                + beta3 * (6.0 * xi).sin() * (6.0 * eta).cosh()
                + beta4 * (8.0 * xi).sin() * (8.0 * eta).cosh())
            + FALSE_NORTHING;
        let y = SCALE
            * a_roof
            * (eta
                + beta1 * (2.0 * xi).cos() * (2.0 * eta).sinh()
                + beta2 * (4.0 * xi).cos() * (4.0 * eta).sinh()
                + beta3 * (6.0 * xi).cos() * (6.0 * eta).sinh()
                + beta4 * (8.0 * xi).cos() * (8.0 * eta).sinh())
            + FALSE_EASTING;
        Rt90 { x, y }
    }

    /// Great-circle distance in metres.
    pub fn distance_m(self, other: Wgs84) -> f64 {
        const EARTH_RADIUS_M: f64 = 6_371_000.0;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * h.sqrt().asin()
    }
}

impl Rt90 {
    /// Distance in metres (the grid is conformal and nearly true to scale in Sweden).
    pub fn distance_m(self, other: Rt90) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_near(got: Rt90, x: f64, y: f64, metres: f64, what: &str) {
        let off = got.distance_m(Rt90 { x, y });
        assert!(
            off < metres,
            "{what}: got ({:.0}, {:.0}), expected ({x}, {y}), {off:.0} m off",
            got.x,
            got.y
        );
    }

    #[test]
    fn the_central_meridian_maps_to_the_false_easting() {
        let rt90 = Wgs84 { lat: 60.0, lon: CENTRAL_MERIDIAN_DEG }.to_rt90();
        assert!((rt90.y - FALSE_EASTING).abs() < 1e-6, "easting on the central meridian, got {}", rt90.y);
    }

    #[test]
    fn published_reference_points_are_reproduced() {
        // Pairs published with open-source Swedish geodesy libraries' tests: a point given to 12
        // decimals (expected to the metre), and Stockholm Central given to 4 decimals (about
        // 10 m of rounding).
        let precise = Wgs84 { lat: 60.666_450_715_376, lon: 17.132_487_391_944_2 }.to_rt90();
        assert_near(precise, 6_728_429.0, 1_572_570.0, 1.0, "60.67N 17.13E");
        let central = Wgs84 { lat: 59.3306, lon: 18.0596 }.to_rt90();
        assert_near(central, 6_581_036.0, 1_628_315.0, 10.0, "Stockholm Central");
    }

    #[test]
    fn ftbooks_own_examples_land_where_the_documentation_puts_them() {
        // The documentation's segment example: Drottningholmsvägen 37 (Kungsholmen) and Arlanda.
        assert_near(
            Wgs84 { lat: 59.33285, lon: 18.02570 }.to_rt90(),
            6_581_076.0,
            1_626_391.0,
            300.0,
            "Drottningholmsvägen 37",
        );
        // An airport is large: the documentation's point for it is within a kilometre of ours.
        assert_near(
            Wgs84 { lat: 59.64975, lon: 17.92372 }.to_rt90(),
            6_615_859.0,
            1_620_071.0,
            1000.0,
            "Arlanda",
        );
    }

    #[test]
    fn distances_agree_in_both_systems() {
        let a = Wgs84 { lat: 59.3303, lon: 18.0586 };
        let b = Wgs84 { lat: 59.6498, lon: 17.9238 };
        let great_circle = a.distance_m(b);
        let grid = a.to_rt90().distance_m(b.to_rt90());
        // The sphere's 6371 km radius is up to 0.3 % shorter than the ellipsoid's north-south
        // radius of curvature at these latitudes; taxi distances need no better.
        assert!((great_circle - grid).abs() / great_circle < 0.005, "{great_circle} vs {grid}");
        assert!((35_000.0..37_500.0).contains(&great_circle), "Stockholm C to Arlanda is about 36 km");
    }
}
