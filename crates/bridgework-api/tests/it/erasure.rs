//! Erasing a person through the use cases: nobody else's pseudonym moves,
//! and the app's session after an erasure is the map without them.

use bridgework_api::{MapSession, Synthetic, erase_person, erasure_plan};
use bridgework_core::{Date, Pseudonyms, Silent};
use bridgework_store::Store;
use std::collections::BTreeMap;
use std::path::Path;

fn day() -> Date {
    "2026-11-01".parse().unwrap()
}

/// Everyone's pseudonym in a pseudonymised export of the map, by id.
fn pseudonyms(path: &Path) -> BTreeMap<String, String> {
    let records = bridgework_api::open_map(path).unwrap().records().clone();
    let done = bridgework_api::privacy::pseudonymised(path, &records, 1, day()).unwrap();
    done.key.into_iter().map(|k| (k.person_id, k.pseudonym)).collect()
}

#[test]
fn an_erasure_renumbers_nobody_though_drawn_afresh_someone_would_move() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.bwmap");
    bridgework_api::create_synthetic_map(&path, &Synthetic { people: 1_500, seed: 7, as_of: day() }).unwrap();
    let before = pseudonyms(&path);
    // Someone whose leaving would move another's pseudonym, were the
    // pseudonyms drawn afresh among those left: among 1,500 people some
    // always share a first candidate.
    let store = Store::open_read_only(&path).unwrap();
    let secret = store.pseudonym_secret().unwrap().unwrap();
    let everyone = store.person_ids_ever().unwrap();
    drop(store);
    let all = Pseudonyms::new(&secret, everyone.iter().map(String::as_str));
    let victim = everyone
        .iter()
        .find(|gone| {
            let left = Pseudonyms::new(&secret, everyone.iter().filter(|id| id != gone).map(String::as_str));
            everyone.iter().any(|id| id != *gone && left.get(id) != all.get(id))
        })
        .expect("someone's leaving moves another");

    let plan = erasure_plan(&path, victim).unwrap();
    assert_eq!(erase_person(&path, victim, Some("test")).unwrap(), plan);
    let mut expected = before;
    expected.remove(victim.as_str());
    assert_eq!(pseudonyms(&path), expected);
}

#[test]
fn the_apps_session_after_an_erasure_is_the_map_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    bridgework_api::create_demo_map(&path, day()).unwrap();
    let session = MapSession::open(&path, day(), &Silent).unwrap();
    let people = session.info().people;
    let first = bridgework_api::open_map(&path).unwrap().records().people[0].id.clone();
    let key = format!("person:{first}");
    let plan = session.erasure_plan(&key).unwrap();
    let ties = session.info().ties;
    let after = session.erase_person(&key, None).unwrap();
    assert_eq!(after.value.info.people, people - 1);
    assert_eq!(after.value.info.ties as u64, ties as u64 - plan.ties);
    assert!(after.value.done.summary.ends_with("this cannot be undone"), "{}", after.value.done.summary);
    assert_eq!(after.value.history.undo, None, "undo does not reach back past an erasure");
    assert_eq!(after.session.info().people, people - 1);
    let err = after.session.erasure_plan(&key).unwrap_err();
    assert!(err.message.contains("is not in the map"), "{}", err.message);
}
