//! Enumerations that survive values we do not know yet.
//!
//! Suppliers document closed lists (FTBook's service names and debit methods, FASTTRAK's
//! reservation statuses, ...), but a supplier adds values without telling its clients. A reply
//! with a new value must still parse: the value is kept as text in `Other` and shown as it came,
//! never failing the whole reply. Shared by the clients, as reading replies is.

/// Declares an enum with its documented wire values and an `Other(String)` for anything else.
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value the documentation does not list, kept exactly as the supplier sent it.
            Other(String),
        }

        impl $name {
            /// Every documented value.
            pub const KNOWN: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The value as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(text) => text,
                }
            }

            /// Whether the value is one the documentation lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Other(_))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $( $wire => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as $crate::__serde::Deserialize>::deserialize(deserializer)?;
                Ok($name::from(text.as_ref()))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::open_enum! {
        /// A test enumeration.
        pub enum Colour {
            /// Red.
            Red = "RED",
            /// Light blue, with a space on the wire.
            LightBlue = "Light Blue",
        }
    }

    #[test]
    fn documented_values_round_trip() {
        for colour in Colour::KNOWN {
            let json = serde_json::to_string(colour).unwrap();
            assert_eq!(serde_json::from_str::<Colour>(&json).unwrap(), *colour);
        }
        assert_eq!(serde_json::to_string(&Colour::LightBlue).unwrap(), "\"Light Blue\"");
    }

    #[test]
    fn an_unknown_value_is_kept_as_sent() {
        let colour: Colour = serde_json::from_str("\"GREEN\"").unwrap();
        assert_eq!(colour, Colour::Other("GREEN".into()), "a new value must not fail the reply");
        assert!(!colour.is_known());
        assert_eq!(serde_json::to_string(&colour).unwrap(), "\"GREEN\"", "and is written back unchanged");
    }

    #[test]
    fn a_value_that_is_not_text_is_an_error_not_a_panic() {
        assert!(serde_json::from_str::<Colour>("42").is_err());
    }
}
