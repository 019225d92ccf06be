//! A serde deserializer wrapper that fails on object keys its target struct does not have.
//!
//! The fast path for large catalogs must know that a catalog has no unknown fields (those
//! are reported, so the ordinary reader takes over), but `serde_ignored`, which the ordinary
//! reader uses to name them, copies every key it meets into a new `String`: a fifth of the
//! time spent reading a large catalog. This only compares each key with the struct's field
//! names, which serde hands every deserializer anyway.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// A `T` read from a deserializer that failed on any key that is not a field of the struct
/// it belongs to (at any depth).
#[derive(Debug, PartialEq)]
pub struct Strict<T>(pub T);

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Strict<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(Pass(deserializer)).map(Strict)
    }
}

/// A deserializer, visitor, access or seed that passes strictness on to what it hands out.
struct Pass<X>(X);

/// Methods that pass their arguments and visitor straight to the wrapped deserializer.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Pass<D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, Fields { visitor, fields })
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_seq(Pass(visitor))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(Pass(visitor))
    }

    // Nothing else holds structs in the catalog's types: the rest passes straight through.
    forward! {
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16()
        deserialize_i32() deserialize_i64() deserialize_u8() deserialize_u16() deserialize_u32()
        deserialize_u64() deserialize_f32() deserialize_f64() deserialize_char()
        deserialize_str() deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_unit() deserialize_map() deserialize_identifier() deserialize_ignored_any()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// The visitor of a sequence or an option: its elements are read strictly.
impl<'de, V: Visitor<'de>> Visitor<'de> for Pass<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Pass(seq))
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Pass(deserializer))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Pass<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Pass(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Pass<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Pass(deserializer))
    }
}

/// A struct's visitor (or map access, or key seed, or key deserializer), with the names of
/// the struct's fields.
struct Fields<X> {
    visitor: X,
    fields: &'static [&'static str],
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Fields<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Fields {
            visitor: map,
            fields: self.fields,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(Pass(seq))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Fields<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.visitor.next_key_seed(Fields {
            visitor: seed,
            fields: self.fields,
        })
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.visitor.next_value_seed(Pass(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.visitor.size_hint()
    }
}

/// The seed of a key: reads it through [`Key`].
impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for Fields<K> {
    type Value = K::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        self.visitor.deserialize(Key {
            deserializer,
            fields: self.fields,
        })
    }
}

/// The deserializer of a key: every way of reading it checks the name.
struct Key<D> {
    deserializer: D,
    fields: &'static [&'static str],
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Key<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.deserializer.deserialize_any(KeyName {
            visitor,
            fields: self.fields,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// Sees a key's name before the struct's own field visitor does.
struct KeyName<V> {
    visitor: V,
    fields: &'static [&'static str],
}

impl<V> KeyName<V> {
    fn check<E: de::Error>(&self, key: &str) -> Result<(), E> {
        if self.fields.contains(&key) {
            Ok(())
        } else {
            Err(de::Error::unknown_field(key, self.fields))
        }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for KeyName<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<V::Value, E> {
        self.check(key)?;
        self.visitor.visit_str(key)
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<V::Value, E> {
        self.check(key)?;
        self.visitor.visit_borrowed_str(key)
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<V::Value, E> {
        self.check(&key)?;
        self.visitor.visit_string(key)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Outer {
        name: String,
        #[serde(default)]
        inner: Vec<Inner>,
        maybe: Option<Inner>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Inner {
        id: u32,
    }

    fn strict(json: &str) -> Result<Outer, String> {
        serde_json::from_str::<Strict<Outer>>(json)
            .map(|Strict(outer)| outer)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn known_fields_read_as_usual() {
        let json = r#"{"name": "a", "inner": [{"id": 1}, {"id": 2}], "maybe": {"id": 3}}"#;
        let expected: Outer = serde_json::from_str(json).expect("json");
        assert_eq!(strict(json), Ok(expected));
        assert!(strict(r#"{"name": "a", "maybe": null}"#).is_ok());
        assert!(strict(r#"{"n\u0061me": "escaped key", "maybe": null}"#).is_ok());
    }

    #[test]
    fn an_unknown_field_at_any_depth_fails() {
        for json in [
            r#"{"name": "a", "maybe": null, "extra": 1}"#,
            r#"{"name": "a", "inner": [{"id": 1}, {"id": 2, "extra": []}], "maybe": null}"#,
            r#"{"name": "a", "maybe": {"id": 3, "extra": {}}}"#,
            r#"{"name": "a", "maybe": {"id": 3, "\u0065xtra": {}}}"#,
        ] {
            let err = strict(json).expect_err(json);
            assert!(err.starts_with("unknown field `extra`"), "{err}");
        }
    }
}
