//! One source for the names of the contract's enums: each enum's `strum` attributes
//! (`serialize_all`) give its names, and [`contract_names!`] derives from them everything else that
//! speaks them: `as_str` (the RDF mapping, the eval, the lexicons), `FromStr` (data files, the store)
//! and serde (the extraction JSON). A new variant is added in one place, the enum.

/// Implements `as_str` and serde for an enum deriving strum's `IntoStaticStr`, `EnumString` and
/// `VariantNames`: serialized as its name, deserialized from it (an unknown name is serde's "unknown
/// variant" error, listing the names). The crate using it depends on `strum` (for the derives) and
/// `serde`.
#[macro_export]
macro_rules! contract_names {
    ($t:ty) => {
        impl $t {
            /// The contract name.
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Name;
                impl serde::de::Visitor<'_> for Name {
                    type Value = $t;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "one of {:?}", <$t as strum::VariantNames>::VARIANTS)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$t, E> {
                        v.parse().map_err(|_| {
                            E::unknown_variant(v, <$t as strum::VariantNames>::VARIANTS)
                        })
                    }
                }
                d.deserialize_str(Name)
            }
        }
    };
}
