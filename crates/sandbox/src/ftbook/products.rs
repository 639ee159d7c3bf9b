//! The products the FTBook sandbox sells, with their rules and how each is priced.

/// How a product is priced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pricing {
    /// A start fee plus a price per kilometre of route, in whole kronor.
    Metered { start: i64, per_km: i64 },
    /// A fixed price per trip between Arlanda and Stockholm's inner city, metered elsewhere.
    ArlandaZone { zone: i64, start: i64, per_km: i64 },
    /// A fixed price per passenger.
    PerPassenger(i64),
}

/// A bookable product.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Product {
    pub code: &'static str,
    pub service: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    pub description: &'static str,
    pub description_en: &'static str,
    pub max_passengers: u32,
    pub child_discount_percent: u32,
    pub pickup_time_locked: bool,
    pub child_age_required: bool,
    pub foid_required: bool,
    pub number_of_passengers_required: bool,
    pub connection_required: bool,
    pub pricing: Pricing,
}

pub(super) const FLYGTAXI: Product = Product {
    code: "TAXI",
    service: "Taxi",
    name: "Flygtaxi",
    name_en: "Shared airport taxi",
    description: "Samåkning med andra resenärer till eller från flygplatsen; fast hämtningstid.",
    description_en: "Shared with other travellers to or from the airport; fixed pickup time.",
    max_passengers: 3,
    child_discount_percent: 0,
    pickup_time_locked: true,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: true,
    connection_required: true,
    pricing: Pricing::ArlandaZone { zone: 549, start: 95, per_km: 10 },
};

pub(super) const EGEN_TAXI: Product = Product {
    code: "VTAX",
    service: "Taxi",
    name: "Egen TAXI",
    name_en: "Private taxi",
    description: "Egen Taxi för upp till 4 resenärer som åker från/till samma adress.",
    description_en: "Private taxi for up to 4 travellers going from or to the same address.",
    max_passengers: 4,
    child_discount_percent: 0,
    pickup_time_locked: false,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: false,
    connection_required: true,
    pricing: Pricing::ArlandaZone { zone: 679, start: 115, per_km: 14 },
};

pub(super) const STORBIL: Product = Product {
    code: "VTAX-8",
    service: "Taxi",
    name: "Egen TAXI Storbil",
    name_en: "Private large taxi",
    description: "Egen storbil för upp till 8 resenärer med bagage.",
    description_en: "Private large taxi for up to 8 travellers with luggage.",
    max_passengers: 8,
    child_discount_percent: 0,
    pickup_time_locked: false,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: true,
    connection_required: true,
    pricing: Pricing::ArlandaZone { zone: 995, start: 165, per_km: 20 },
};

pub(super) const TAGTAXI: Product = Product {
    code: "TTAX",
    service: "Taxi",
    name: "Tågtaxi",
    name_en: "Train taxi",
    description: "Taxi till eller från tåget till fast pris inom tätorten.",
    description_en: "Taxi to or from the train at a fixed price within the town.",
    max_passengers: 4,
    child_discount_percent: 0,
    pickup_time_locked: false,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: false,
    connection_required: true,
    pricing: Pricing::Metered { start: 99, per_km: 12 },
};

pub(super) const FLYGBUSSARNA: Product = Product {
    code: "FLYG",
    service: "Bus",
    name: "Flygbussarna",
    name_en: "Flygbussarna airport coach",
    description: "Flygbuss mellan flygplatsen och stadens hållplatser.",
    description_en: "Airport coach between the airport and the city's stops.",
    max_passengers: 9,
    child_discount_percent: 50,
    pickup_time_locked: true,
    child_age_required: true,
    foid_required: false,
    number_of_passengers_required: true,
    connection_required: false,
    pricing: Pricing::PerPassenger(129),
};

pub(super) const ARLANDA_EXPRESS: Product = Product {
    code: "AEXP",
    service: "Train",
    name: "Arlanda Express",
    name_en: "Arlanda Express",
    description: "Tåget mellan Arlanda och Stockholm C på 18 minuter. Resenären identifieras med kort (FOID).",
    description_en: "The train between Arlanda and Stockholm Central in 18 minutes. The traveller is identified by card (FOID).",
    max_passengers: 9,
    child_discount_percent: 100,
    pickup_time_locked: true,
    child_age_required: false,
    foid_required: true,
    number_of_passengers_required: true,
    connection_required: false,
    pricing: Pricing::PerPassenger(340),
};

pub(super) const ARETRANSFER: Product = Product {
    code: "ARET",
    service: "Transfer",
    name: "Åretransfer",
    name_en: "Åre transfer",
    description: "Buss mellan Åre Östersund Airport och Åre, anpassad efter flygen.",
    description_en: "Coach between Åre Östersund Airport and Åre, timed to the flights.",
    max_passengers: 9,
    child_discount_percent: 50,
    pickup_time_locked: true,
    child_age_required: true,
    foid_required: false,
    number_of_passengers_required: true,
    connection_required: true,
    pricing: Pricing::PerPassenger(395),
};

pub(super) const LANSBUSS: Product = Product {
    code: "LTKT",
    service: "Ticket",
    name: "Länsbussarna flygbiljett",
    name_en: "County bus airport ticket",
    description: "Biljett med Länstrafiken mellan Luleå Airport och Luleå centrum.",
    description_en: "County bus ticket between Luleå Airport and Luleå city centre.",
    max_passengers: 9,
    child_discount_percent: 50,
    pickup_time_locked: true,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: true,
    connection_required: false,
    pricing: Pricing::PerPassenger(85),
};

/// Sverigetaxi between two addresses (service type `Taxi`, no connection).
pub const SVERIGETAXI: Product = Product {
    code: "STAX",
    service: "Taxi",
    name: "Sverigetaxi",
    name_en: "Sverigetaxi",
    description: "Taxi mellan två adresser.",
    description_en: "Taxi between two addresses.",
    max_passengers: 4,
    child_discount_percent: 0,
    pickup_time_locked: false,
    child_age_required: false,
    foid_required: false,
    number_of_passengers_required: false,
    connection_required: false,
    pricing: Pricing::Metered { start: 59, per_km: 13 },
};

/// Every product, for look-up by code.
pub const PRODUCTS: &[&Product] = &[
    &FLYGTAXI,
    &EGEN_TAXI,
    &STORBIL,
    &TAGTAXI,
    &FLYGBUSSARNA,
    &ARLANDA_EXPRESS,
    &ARETRANSFER,
    &LANSBUSS,
    &SVERIGETAXI,
];

/// A product by its code.
pub fn product(code: &str) -> Option<&'static Product> {
    PRODUCTS.iter().copied().find(|p| p.code.eq_ignore_ascii_case(code))
}
