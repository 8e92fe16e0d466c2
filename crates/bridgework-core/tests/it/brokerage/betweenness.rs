use super::data::*;
use super::networkx::*;
use bridgework_core::Progress;
use bridgework_core::brokerage::*;
use std::sync::atomic::{AtomicU64, Ordering};

fn exact<N>(graph: &petgraph::graph::UnGraph<N, f64>, weighted: bool) -> Vec<f64> {
    let result = betweenness(graph, BetweennessOptions { weighted, ..Default::default() });
    assert!(result.exact && result.samples.is_none() && result.std_error.is_none());
    result.values
}

#[test]
fn karate_club_matches_networkx() {
    let values = exact(&karate(), false);
    assert_all_close(&values, &KARATE_BETWEENNESS);
    // The published headline values: Mr. Hi, the Officer, and their lieutenants.
    assert!((values[0] - 0.43763528).abs() < 1e-8);
    assert!((values[33] - 0.30407497).abs() < 1e-8);
    assert!((values[32] - 0.14524711).abs() < 1e-8);
    assert!((values[2] - 0.14365680).abs() < 1e-8);
}

#[test]
fn karate_club_with_distance_one_over_weight_matches_networkx() {
    assert_all_close(&exact(&karate_weighted(), true), &KARATE_BETWEENNESS_WEIGHTED);
}

#[test]
fn florentine_families_match_networkx() {
    let values = exact(&florentine(), false);
    assert_all_close(&values, &FLORENTINE_BETWEENNESS);
    assert!((values[1] - 0.52197802).abs() < 1e-8, "the Medici");
    assert_all_close(&exact(&florentine_weighted(), true), &FLORENTINE_BETWEENNESS_WEIGHTED);
}

#[test]
fn an_isolated_family_scores_zero_and_lowers_everyone_else() {
    // 16 nodes, so every value is divided by 15·14/2 pairs instead of 14·13/2.
    let values = exact(&florentine_with_pucci(false), false);
    assert_all_close(&values, &FLORENTINE_PUCCI_BETWEENNESS);
    assert_eq!(values[15], 0.0);
    assert_all_close(&exact(&florentine_with_pucci(true), true), &FLORENTINE_PUCCI_BETWEENNESS_WEIGHTED);
}

#[test]
fn the_centre_of_a_star_scores_one_and_tiny_graphs_zero() {
    assert_eq!(exact(&graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]), false), [1.0, 0.0, 0.0, 0.0, 0.0]);
    assert_eq!(exact(&graph(3, &[(0, 1), (1, 2)]), false), [0.0, 1.0, 0.0]);
    assert_eq!(exact(&graph(2, &[(0, 1)]), false), [0.0, 0.0]);
    assert!(exact(&graph(0, &[]), false).is_empty());
}

#[test]
fn a_weighted_detour_over_strong_ties_carries_the_paths() {
    // 0–1 is weak (length 4); 0–2–1 over strong ties is length 2, so 2 is on
    // the only shortest 0–1 path. Unweighted, the direct tie wins.
    let mut weighted = graph(3, &[(0, 2), (2, 1)]);
    weighted.add_edge(0.into(), 1.into(), 0.25);
    assert_eq!(exact(&weighted, true), [0.0, 0.0, 1.0]);
    assert_eq!(exact(&weighted, false), [0.0, 0.0, 0.0]);
}

#[test]
fn sampled_values_lie_within_the_reported_error_of_exact() {
    let graph = random_graph(2_000, 6_000, 7);
    let truth = exact(&graph, false);
    let sampled = betweenness(&graph, BetweennessOptions { samples: Some(200), seed: 42, ..Default::default() });
    assert!(!sampled.exact);
    assert_eq!(sampled.samples, Some(200));
    let worst = sampled.std_error.unwrap();
    let errors = sampled.node_std_errors.as_ref().unwrap();
    assert!(worst > 0.0 && errors.iter().all(|&e| e <= worst));

    // Every node within twice the largest standard error…
    for (v, (s, t)) in sampled.values.iter().zip(&truth).enumerate() {
        assert!((s - t).abs() <= 2.0 * worst, "node {v}: sampled {s}, exact {t}, std error {worst}");
    }
    // …the typical error about the typical reported one…
    let rms = |xs: &mut dyn Iterator<Item = f64>| {
        let (sum, count) = xs.fold((0.0, 0.0), |(sum, count), x| (sum + x * x, count + 1.0));
        (sum / count).sqrt()
    };
    let error = rms(&mut sampled.values.iter().zip(&truth).map(|(s, t)| s - t));
    let reported = rms(&mut errors.iter().copied());
    assert!((0.7..1.4).contains(&(error / reported)), "errors {error} against reported {reported}");
    // …and ±2 standard errors holding most nodes' exact value (the
    // distribution is skewed, so somewhat fewer than 95%).
    let covered = (0..truth.len()).filter(|&v| (sampled.values[v] - truth[v]).abs() <= 2.0 * errors[v] + 1e-12).count();
    let coverage = covered as f64 / truth.len() as f64;
    assert!(coverage > 0.75, "±2 standard errors covered only {coverage:.3} of nodes");
    // Unbiased: the mean over nodes is close to the exact mean.
    let mean = |xs: &[f64]| xs.iter().sum::<f64>() / xs.len() as f64;
    assert!((mean(&sampled.values) - mean(&truth)).abs() < 0.05 * mean(&truth));
}

#[test]
fn sampled_weighted_values_lie_within_the_reported_error_of_exact() {
    let graph = random_graph(1_000, 3_000, 11);
    let truth = exact(&graph, true);
    let options = BetweennessOptions { samples: Some(200), weighted: true, ..Default::default() };
    let sampled = betweenness(&graph, options);
    let worst = sampled.std_error.unwrap();
    for (v, (s, t)) in sampled.values.iter().zip(&truth).enumerate() {
        assert!((s - t).abs() <= 2.0 * worst, "node {v}: sampled {s}, exact {t}, std error {worst}");
    }
}

#[test]
fn sampling_is_repeatable_and_the_seed_chooses_the_sample() {
    let graph = random_graph(300, 900, 1);
    let options = BetweennessOptions { samples: Some(50), seed: 3, ..Default::default() };
    assert_eq!(betweenness(&graph, options), betweenness(&graph, options));
    assert_ne!(
        betweenness(&graph, options).values,
        betweenness(&graph, BetweennessOptions { seed: 4, ..options }).values
    );
}

#[test]
fn asking_for_as_many_samples_as_nodes_or_for_exact_gives_exact() {
    let graph = karate();
    for options in [
        BetweennessOptions { samples: Some(34), ..Default::default() },
        BetweennessOptions { samples: Some(1_000), ..Default::default() },
        BetweennessOptions { exact: true, samples: Some(5), ..Default::default() },
    ] {
        let result = betweenness(&graph, options);
        assert!(result.exact, "{options:?}");
        assert_all_close(&result.values, &KARATE_BETWEENNESS);
    }
}

#[test]
fn beyond_the_exact_limit_the_default_is_to_sample() {
    // A ring: cheap to search, big enough to pass the limit.
    let n = EXACT_NODE_LIMIT + 1;
    let ring: Vec<(u32, u32)> = (0..n as u32).map(|v| (v, (v + 1) % n as u32)).collect();
    let result = betweenness(&graph(n, &ring), BetweennessOptions::default());
    assert!(!result.exact);
    assert_eq!(result.samples, Some(DEFAULT_SAMPLES));
    // On a ring of odd length every node lies on (n − 1)(n − 3)/8 of the
    // (n − 1)(n − 2)/2 pairs' shortest paths.
    let expected = ((n - 1) * (n - 3) / 8) as f64 / ((n - 1) * (n - 2) / 2) as f64;
    let error = result.std_error.unwrap();
    assert!(result.values.iter().all(|v| (v - expected).abs() < 4.0 * error), "{expected} ± {error}");
}

/// Counts reports and asks to stop once it has seen `stop_after`.
struct Watcher {
    reports: AtomicU64,
    last_total: AtomicU64,
    stop_after: u64,
}

impl Progress for Watcher {
    fn report(&self, stage: &str, _done: u64, total: u64) {
        assert_eq!(stage, "betweenness");
        self.reports.fetch_add(1, Ordering::Relaxed);
        self.last_total.store(total, Ordering::Relaxed);
    }

    fn cancelled(&self) -> bool {
        self.reports.load(Ordering::Relaxed) >= self.stop_after
    }
}

#[test]
fn progress_is_reported_and_cancelling_gives_up() {
    let graph = random_graph(1_000, 3_000, 5);
    let watcher = Watcher { reports: AtomicU64::new(0), last_total: AtomicU64::new(0), stop_after: u64::MAX };
    assert!(betweenness_with_progress(&graph, BetweennessOptions::default(), &watcher).is_some());
    assert!(watcher.reports.load(Ordering::Relaxed) >= 100);
    assert_eq!(watcher.last_total.load(Ordering::Relaxed), 1_000);

    let impatient = Watcher { reports: AtomicU64::new(0), last_total: AtomicU64::new(0), stop_after: 1 };
    assert!(betweenness_with_progress(&graph, BetweennessOptions::default(), &impatient).is_none());
}
