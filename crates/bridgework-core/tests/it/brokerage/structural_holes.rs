use super::data::*;
use super::networkx::*;
use bridgework_core::brokerage::{constraint, effective_size};

#[test]
fn karate_club_matches_networkx() {
    assert_all_close_or_none(&constraint(&karate(), false), &KARATE_CONSTRAINT);
    assert_all_close_or_none(&effective_size(&karate(), false), &KARATE_EFFECTIVE_SIZE);
    assert_all_close_or_none(&constraint(&karate_weighted(), true), &KARATE_CONSTRAINT_WEIGHTED);
    assert_all_close_or_none(&effective_size(&karate_weighted(), true), &KARATE_EFFECTIVE_SIZE_WEIGHTED);
}

#[test]
fn florentine_families_match_networkx() {
    assert_all_close_or_none(&constraint(&florentine(), false), &FLORENTINE_CONSTRAINT);
    assert_all_close_or_none(&effective_size(&florentine(), false), &FLORENTINE_EFFECTIVE_SIZE);
    assert_all_close_or_none(&constraint(&florentine_weighted(), true), &FLORENTINE_CONSTRAINT_WEIGHTED);
    assert_all_close_or_none(&effective_size(&florentine_weighted(), true), &FLORENTINE_EFFECTIVE_SIZE_WEIGHTED);
}

#[test]
fn isolates_have_neither_measure() {
    // The Pucci: NetworkX gives NaN; everyone else is unchanged.
    let families = florentine_with_pucci(false);
    let (c, e) = (constraint(&families, false), effective_size(&families, false));
    assert_eq!((c[15], e[15]), (None, None));
    assert_all_close_or_none(&c[..15], &FLORENTINE_CONSTRAINT);
    assert_all_close_or_none(&e[..15], &FLORENTINE_EFFECTIVE_SIZE);
}

#[test]
fn networkx_documented_example() {
    // NetworkX's effective_size docstring: a 3-path plus a node with only a
    // self-loop gives {0: 1.0, 1: 2.0, 2: 1.0, 4: nan}.
    let mut path = graph(4, &[(0, 1), (1, 2)]);
    path.add_edge(3.into(), 3.into(), 1.0);
    assert_eq!(effective_size(&path, false), [Some(1.0), Some(2.0), Some(1.0), None]);
}

#[test]
fn triangle_and_star_by_hand() {
    // Triangle: p = 1/2 to each contact, who also holds 1/2 on the other:
    // c = 2 · (1/2 + 1/2 · 1/2)² = 1.125; effective size 2 − 2·1/2 = 1.
    let triangle = graph(3, &[(0, 1), (1, 2), (2, 0)]);
    assert_all_close_or_none(&constraint(&triangle, false), &[Some(1.125); 3]);
    assert_all_close_or_none(&effective_size(&triangle, false), &[Some(1.0); 3]);
    // Star with 4 leaves: the centre's contacts are strangers: c = 4 · (1/4)² = 1/4,
    // effective size 4; each leaf is wholly invested in the centre: c = 1, size 1.
    let star = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
    assert_all_close_or_none(&constraint(&star, false), &[Some(0.25), Some(1.0), Some(1.0), Some(1.0), Some(1.0)]);
    assert_all_close_or_none(&effective_size(&star, false), &[Some(4.0), Some(1.0), Some(1.0), Some(1.0), Some(1.0)]);
}

#[test]
fn weights_that_are_all_equal_change_nothing() {
    let mut half = karate();
    half.edge_weights_mut().for_each(|w| *w = 0.5);
    assert_all_close_or_none(&constraint(&half, true), &KARATE_CONSTRAINT);
    assert_all_close_or_none(&effective_size(&half, true), &KARATE_EFFECTIVE_SIZE);
}
