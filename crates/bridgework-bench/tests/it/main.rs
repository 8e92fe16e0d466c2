//! The real `bridgework-bench` binary on small synthetic maps: every step
//! runs and reports, in the documented JSON fields.

use assert_cmd::Command;

fn bench(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("bridgework-bench").expect("the binary is built");
    cmd.args(args);
    cmd
}

#[test]
fn the_bench_times_every_step_on_a_small_map() {
    let output = bench(&["--people", "400", "--betweenness-people", "300", "--runs", "1", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&output).expect("the output is JSON");
    let fields = report.as_object().expect("one JSON object");
    // In name order: serde_json's objects are sorted maps.
    let seconds: Vec<&str> = fields.keys().map(String::as_str).filter(|k| k.ends_with("_seconds")).collect();
    expect_test::expect![[r#"
        [
            "bridgework_import_seconds",
            "counterparts_seconds",
            "data_edit_seconds",
            "data_search_seconds",
            "data_show_edit_seconds",
            "data_sort_seconds",
            "data_tie_search_seconds",
            "data_undo_seconds",
            "erase_seconds",
            "exact_betweenness_seconds",
            "export_demo_slowest_seconds",
            "export_graphml_seconds",
            "export_pdf_seconds",
            "export_svg_seconds",
            "export_xlsx_seconds",
            "layout_seconds",
            "leiden_seconds",
            "map_drill_seconds",
            "map_everyone_seconds",
            "map_open_seconds",
            "open_and_graph_seconds",
            "report_demo_html_seconds",
            "report_demo_pdf_seconds",
            "report_large_pdf_seconds",
            "sqlite3_import_seconds",
            "subject_access_seconds",
            "weak_links_seconds",
        ]
    "#]]
    .assert_debug_eq(&seconds);
    for key in seconds.iter().filter(|k| **k != "sqlite3_import_seconds") {
        let value = report[key].as_f64().unwrap_or_else(|| panic!("{key} is a number"));
        assert!(value >= 0.0, "{key} = {value}");
    }
    assert_eq!(report["people"], 400);
    assert_eq!(report["runs"], 1);
    assert!(report["ties"].as_u64().unwrap() > 400);
    assert!(report["map_everyone_nodes"].as_u64().unwrap() > 200, "every person of the small map is drawn");
}

#[test]
fn the_table_names_every_step() {
    let output = bench(&["--people", "300", "--betweenness-people", "200", "--runs", "1"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(output).expect("UTF-8");
    assert!(table.starts_with("300 people, "), "{table}");
    let steps: Vec<&str> =
        table.lines().skip(4).map(|line| line.split('|').nth(1).unwrap_or_default().trim()).collect();
    assert_eq!(steps.len(), 27, "{table}");
    assert!(steps.iter().all(|step| !step.is_empty()), "{table}");
    assert!(table.contains("| step "), "a Markdown table: {table}");
}
