//! The enumerations the FTBook documentation lists, with its exact wire values.

use reply::open_enum;

open_enum! {
    /// What kind of service a connection offers (`Service.name`, `serviceName` parameters).
    pub enum ServiceName {
        /// Flygbussarna and other buses.
        Bus = "Bus",
        /// Bus and taxi combined (accepted by the service-location and availability calls).
        BusAndTaxi = "Bus&Taxi",
        /// Transport of parcels or packages.
        Parcel = "Parcel",
        /// Special transports such as wheelchair transports.
        SpecialTransport = "Special Transport",
        /// Regular taxi: Flygtaxi, Tågtaxi and Sverigetaxi.
        Taxi = "Taxi",
        /// Tickets, such as Länsbussarna in Luleå.
        Ticket = "Ticket",
        /// Arlanda Express.
        Train = "Train",
        /// Transfers such as Åretransfer in Östersund.
        Transfer = "Transfer",
    }
}

open_enum! {
    /// How the pickup or drop-off of a service is chosen (`Service.addressType`).
    pub enum AddressType {
        /// Search for a street or location.
        Address = "Address",
        /// Choose among the service locations of a bus service.
        BusLocation = "Bus Location",
        /// Choose among the service locations of a train service.
        TrainLocation = "Train Location",
    }
}

open_enum! {
    /// Who is debited for a booking (`Booking.debitMethod`).
    pub enum DebitMethod {
        /// The agent who books debits Flygtaxi (a special form of invoicing).
        Reverse = "REVERSE",
        /// Flygtaxi debits the agent by the agreed kind of invoicing.
        Agent = "AGENT",
        /// Flygtaxi debits the agent's own customer; `debitReference` is that customer's number.
        AgentCustomer = "AGENT_CUSTOMER",
        /// An existing Flygtaxi customer is debited; `debitReference` is its customer number.
        FlygtaxiCustomer = "FLYGTAXI_CUSTOMER",
        /// Invoice to `invoiceAddress`. Not in the list of valid methods, but used by the
        /// documentation's own booking example and named by `invoiceAddress`.
        Invoice = "INVOICE",
    }
}

open_enum! {
    /// Kinds of segment references (`Reference.type`). `REFERNCE` is spelled as FTBook spells it.
    pub enum ReferenceType {
        /// Cost centre.
        CostCenter = "COSTCENTER",
        /// Department.
        Department = "DEPARTMENT",
        /// Anything else.
        Miscellaneous = "MISCELLANEOUS",
        /// Project.
        Project = "PROJECT",
        /// Requisition.
        Requisition = "REQUISITION",
        /// A free reference (the supplier's spelling, `REFERNCE`).
        Reference = "REFERNCE",
        /// Employee code.
        EmployeeCode = "EMPLOYEECODE",
        /// Amadeus transaction id; segments can be looked up by it.
        AmadeusTransactionId = "AMADEUSTRANSACTIONID",
    }
}

open_enum! {
    /// What a street search looks for (`type` parameter of the street search).
    pub enum StreetSearchType {
        /// Every type (the default).
        All = "ALL",
        /// Street addresses.
        Address = "ADDRESS",
        /// Company names, hotels and other points of interest.
        Poi = "POI",
        /// Airports.
        Airport = "AIRPORT",
        /// Train stations.
        TrainStation = "TRAIN_STATION",
        /// Ferry ports.
        FerryPort = "FERRY_PORT",
    }
}

open_enum! {
    /// The kind of a location (`Location.type`).
    pub enum LocationType {
        /// A district or place, such as `Kungsholmen (Stockholm)`.
        Location = "LOCATION",
        /// An airport.
        Airport = "AIRPORT",
        /// A train station.
        TrainStation = "TRAIN_STATION",
        /// A ferry port.
        FerryPort = "FERRY_PORT",
        /// A point of interest.
        Poi = "POI",
    }
}

open_enum! {
    /// Coordinate systems of the street search (`coordinate_type`, `street_coordinate_type`).
    pub enum CoordinateType {
        /// Swedish grid RT90 2.5 gon V, in metres (northing, easting). The default.
        Rt90 = "RT90",
        /// WGS84 degrees (latitude, longitude).
        Wgs84 = "WGS84",
    }
}

open_enum! {
    /// Whether a trip leaves from or arrives at the connection (`direction` parameter).
    pub enum Direction {
        /// Departure: the traveller goes to the airport or station.
        Departure = "D",
        /// Arrival: the traveller comes from the airport or station.
        Arrival = "A",
    }
}

open_enum! {
    /// Language of names and descriptions in replies (`language` parameter).
    pub enum Language {
        /// Swedish (the default).
        Swedish = "sv",
        /// English.
        English = "en",
    }
}

open_enum! {
    /// Suffix of the MIS and RM*SUR rows added to an Amadeus PNR (`AmadeusUpdate.suffix`).
    pub enum AmadeusSuffix {
        /// SELLFT.
        SellFt = "SELLFT",
        /// SELLTT.
        SellTt = "SELLTT",
        /// TRANFT.
        TranFt = "TRANFT",
        /// TRANTT.
        TranTt = "TRANTT",
    }
}

open_enum! {
    /// What the traveller connects with (`Connection.type`).
    pub enum ConnectionType {
        /// A flight.
        Flight = "FLIGHT",
        /// A train.
        Train = "TRAIN",
    }
}

open_enum! {
    /// Whether a segment is sent to the taxi company (`Segment.status`).
    pub enum SegmentStatus {
        /// On hold: not sent until the booking is completed.
        Pending = "PENDING",
        /// Complete: sent.
        Complete = "COMPLETE",
    }
}

open_enum! {
    /// GDS whose record locator finds bookings and segments (`type` path parameter).
    pub enum LocatorType {
        /// Amadeus record locator.
        Amadeus = "AMADEUS",
        /// Sabre record locator.
        Sabre = "SABRE",
    }
}

open_enum! {
    /// Kind of user an account authenticates as (`AuthenticateResponse.type`).
    pub enum UserType {
        /// A travel agent.
        Agent = "AGENT",
        /// A customer.
        Customer = "CUSTOMER",
        /// A traveller.
        Traveller = "TRAVELLER",
    }
}

open_enum! {
    /// How a new account is to be billed (`AccountRequest.debitMethod`).
    pub enum AccountDebitMethod {
        /// Paper or e-mail invoice.
        Invoice = "INVOICE",
        /// A travel account (see `travelAccountType`).
        TravelAccount = "TRAVELACCOUNT",
        /// PDF invoice.
        Pdf = "PDF",
    }
}

open_enum! {
    /// Kinds of travel account (`AccountRequest.travelAccountType`).
    pub enum TravelAccountType {
        /// American Express Business Travel Account.
        AmexBta = "AMEX_BTA",
        /// First Card.
        FirstCard = "FIRST_CARD",
        /// Diners Club Travel Account.
        DinersClubTac = "DINERS_CLUB_TAC",
    }
}
