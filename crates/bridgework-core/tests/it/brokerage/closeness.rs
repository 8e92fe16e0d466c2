use super::data::*;
use super::networkx::*;
use bridgework_core::brokerage::closeness;

#[test]
fn karate_club_matches_networkx() {
    assert_all_close(&closeness(&karate()), &KARATE_CLOSENESS);
}

#[test]
fn florentine_families_match_networkx() {
    let values = closeness(&florentine());
    assert_all_close(&values, &FLORENTINE_CLOSENESS);
    assert_eq!(values[1], 0.56, "the Medici: 14 families at total distance 25");
}

#[test]
fn an_isolated_family_scores_zero_and_scales_the_others_down() {
    // Wasserman–Faust: each family reaches 14 of the 15 others.
    let values = closeness(&florentine_with_pucci(false));
    assert_all_close(&values, &FLORENTINE_PUCCI_CLOSENESS);
    assert_eq!(values[15], 0.0);
}

#[test]
fn disconnected_pieces_are_scaled_by_the_share_they_reach() {
    // A path 0–1–2 and a pair 3–4 among 5 nodes, worked by hand:
    // node 1 reaches 2 at total distance 2: (2/2)·(2/4) = 0.5;
    // nodes 0 and 2 reach 2 at total 3: (2/3)·(2/4) = 1/3;
    // nodes 3 and 4 reach 1 at total 1: (1/1)·(1/4) = 0.25.
    let values = closeness(&graph(5, &[(0, 1), (1, 2), (3, 4)]));
    assert_all_close(&values, &[1.0 / 3.0, 0.5, 1.0 / 3.0, 0.25, 0.25]);
    assert_eq!(closeness(&graph(1, &[])), [0.0]);
}
