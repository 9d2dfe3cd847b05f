//! A small map kept as a sorted vector, with the part of `BTreeMap`'s API the app uses.
//!
//! Answers and clinic settings hold a few dozen entries. For that, binary search over a vector
//! is as fast as a B-tree, and it costs a fraction of the bytes in the shipped wasm: each
//! `BTreeMap` type instantiates about 7 KB of tree code.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;

/// A stable sort by key for the short lists the app sorts (findings, plan items: at most a few
/// hundred). Insertion sort is tiny in wasm, where each use of the standard library's sort
/// instantiates several kilobytes of driftsort and quicksort; at these lengths it is as fast.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value for `key`, inserting `make()` first if there is none (like `entry().or_insert_with`).
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// Entries in key order.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K: Ord, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Later entries win over earlier ones with the same key, as with `BTreeMap`.
impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Ord, V> From<std::collections::BTreeMap<K, V>> for SortedMap<K, V> {
    fn from(tree: std::collections::BTreeMap<K, V>) -> Self {
        // A B-tree iterates in key order, so the vector is sorted as it is built.
        SortedMap {
            entries: tree.into_iter().collect(),
        }
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Visitor<'de> for MapVisitor<K, V> {
            type Value = SortedMap<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = SortedMap::new();
                while let Some((k, v)) = access.next_entry()? {
                    map.insert(k, v);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// Any sequence of inserts and removes leaves the same contents as a BTreeMap.
        #[test]
        fn behaves_like_a_btree_map(ops in proptest::collection::vec((any::<bool>(), 0u8..20, any::<i32>()), 0..200)) {
            let mut ours = SortedMap::new();
            let mut tree = BTreeMap::new();
            for (insert, key, value) in ops {
                if insert {
                    prop_assert_eq!(ours.insert(key, value), tree.insert(key, value));
                } else {
                    prop_assert_eq!(ours.remove(&key), tree.remove(&key));
                }
                prop_assert_eq!(ours.len(), tree.len());
            }
            let ours: Vec<_> = ours.iter().map(|(k, v)| (*k, *v)).collect();
            let tree: Vec<_> = tree.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(ours, tree);
        }
    }

    proptest! {
        /// The small sort agrees with the standard library's stable sort, ties included.
        #[test]
        fn small_sort_is_a_stable_sort(mut items in proptest::collection::vec((0u8..5, any::<u16>()), 0..300)) {
            let mut expected = items.clone();
            expected.sort_by_key(|(k, _)| *k);
            sort_small_by_key(&mut items, |(k, _)| *k);
            prop_assert_eq!(items, expected);
        }
    }

    #[test]
    fn serialises_as_a_json_object_in_key_order() {
        let map: SortedMap<String, i64> = [("b".to_string(), 2), ("a".to_string(), 1)]
            .into_iter()
            .collect();
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"a":1,"b":2}"#);
        let back: SortedMap<String, i64> = serde_json::from_str(r#"{"b":2,"a":1,"b":3}"#).unwrap();
        assert_eq!(back.get("b"), Some(&3));
        assert!(serde_json::from_str::<SortedMap<String, i64>>("[1]").is_err());
    }
}
