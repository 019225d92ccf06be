//! The catalog facts corrected by the audit of issue 15, each pinned so it cannot drift back.

use aipapers::catalog::{Catalog, DatePrecision, Paper};

use crate::stdout_of;

fn paper(id: &str) -> Paper {
    let catalog = Catalog::embedded();
    let i = catalog.find(id).expect("a paper of the catalog");
    catalog.paper(i).clone()
}

#[test]
fn backprop_reports_generalisation_to_the_4_held_out_triples_of_the_nature_letter() {
    let p = paper("backprop");
    let kinship = p
        .results
        .iter()
        .find(|r| r.starts_with("Family-tree"))
        .expect("the kinship result");
    assert!(kinship.contains("100 of the 104 triples"), "{kinship}");
    assert!(kinship.contains("all 4 it had not seen"), "{kinship}");
    // 7 of 8 over two runs is from Hinton's separate CogSci 1986 paper.
    assert!(!kinship.contains("7 of 8"), "{kinship}");
    assert_eq!(
        (p.volume.as_deref(), p.issue.as_deref(), p.pages.as_deref()),
        (Some("323"), Some("6088"), Some("533-536"))
    );
}

#[test]
fn alexnet_links_the_full_text_pdf_and_knows_only_the_month() {
    let p = paper("alexnet");
    assert_eq!(
        p.url,
        "https://papers.nips.cc/paper_files/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf"
    );
    assert_eq!(p.date_precision, DatePrecision::Month);
    assert_eq!(p.known_date(), "2012-12");
    let card = stdout_of(&["show", "alexnet"]);
    assert!(card.contains("Released  2012 (2012-12)\n"), "{card}");
    assert!(!card.contains("2012-12-0"), "{card}");
}

#[test]
fn deepseek_r1_zero_figure_names_its_version_and_nature_is_the_published_version() {
    let p = paper("deepseek-r1");
    let zero = p
        .results
        .iter()
        .find(|r| r.starts_with("DeepSeek-R1-Zero"))
        .expect("the R1-Zero result");
    assert!(
        zero.contains("15.6% to 77.9% (revised arXiv version and Nature)"),
        "{zero}"
    );
    assert!(
        zero.contains("71.0% in the January 2025 preprint"),
        "{zero}"
    );
    assert!(p.summary.contains("15.6% to 77.9%"));
    // R1's own AIME and MATH-500 figures are the same in both versions (Nature Table 2).
    let r1 = p
        .results
        .iter()
        .find(|r| r.starts_with("DeepSeek-R1: 79.8%"))
        .expect("the R1 result");
    assert!(
        r1.contains("the same in the January 2025 preprint and the Nature paper"),
        "{r1}"
    );
    // The comparison with o1-1217 is in both arXiv versions (v2: Supplementary D.2, Table 8).
    assert!(
        r1.ends_with("on par with OpenAI o1-1217 in both arXiv versions' comparison tables"),
        "{r1}"
    );
    let published = p.published.expect("the Nature version");
    assert_eq!(published.doi.as_deref(), Some("10.1038/s41586-025-09422-z"));
    assert_eq!(
        published.title,
        "DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning"
    );
    assert_eq!(
        (
            published.venue.as_str(),
            published.volume.as_deref(),
            published.pages.as_deref()
        ),
        ("Nature", Some("645"), Some("633-638"))
    );
}

#[test]
fn adam_regret_bound_is_never_stated_without_the_reddi_kale_kumar_caveat() {
    let p = paper("adam");
    let texts = std::iter::once(&p.summary)
        .chain(&p.results)
        .chain(std::iter::once(&p.tldr));
    for text in texts {
        let lower = text.to_lowercase();
        if lower.contains("regret") || lower.contains("prove") {
            assert!(
                text.contains("Reddi, Kale") && text.contains("ICLR 2018"),
                "a convergence claim without its caveat: {text}"
            );
            assert!(!lower.contains("proves"), "{text}");
        }
    }
    assert!(
        !p.results.iter().any(|r| r.contains("every problem tested")),
        "the experiments grid-searched their hyper-parameters"
    );
}

#[test]
fn constitutional_ai_fine_tunes_a_pretrained_model_on_the_revisions() {
    let p = paper("constitutional-ai");
    assert!(
        p.summary
            .contains("a pretrained language model is then fine-tuned on the rewritten answers"),
        "{}",
        p.summary
    );
    let note = &p
        .builds_on
        .iter()
        .find(|l| l.id == "instructgpt")
        .expect("the InstructGPT link")
        .note;
    assert!(note.contains("HH-RLHF"), "{note}");
}

#[test]
fn every_figure_that_differs_between_versions_names_its_version() {
    let bert = paper("bert");
    assert!(
        bert.results[0].contains("arXiv v1 had 80.4"),
        "{}",
        bert.results[0]
    );
    let chinchilla = paper("chinchilla");
    let published = chinchilla.published.expect("the NeurIPS version");
    assert_eq!(
        published.title,
        "An empirical analysis of compute-optimal large language model training"
    );
    // The proceedings page, as NeurIPS 2022 lists it (volume 35, pages 30016-30030).
    assert_eq!(
        published.url.as_deref(),
        Some(
            "https://proceedings.neurips.cc/paper_files/paper/2022/hash/\
             c1e2faff6f588870935f114ebe04a3e5-Abstract-Conference.html"
        )
    );
    let transformer = paper("transformer");
    assert!(transformer.results[1].contains("revised arXiv version"));
}

#[test]
fn switch_transformer_spans_the_40_pages_of_its_jmlr_article() {
    // The JMLR article's own header: "Journal of Machine Learning Research 23 (2022) 1-40".
    let p = paper("switch-transformer");
    assert_eq!(p.venue, "JMLR 23(120), 2022");
    assert_eq!(p.pages.as_deref(), Some("1-40"));
}
