"""Automated accessibility checks (axe-core, shipped by the axe-playwright-python package)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page, context=None) -> list[dict]:
    """Run axe-core on the page as it is now; return its WCAG 2.1 A/AA violations."""
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    return Axe().run(page, context=context, options=options).response["violations"]


def assert_accessible(page, context=None) -> None:
    violations = axe_violations(page, context)
    summary = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in violations
    )
    assert violations == [], f"axe-core found accessibility violations on {page.url}:\n{summary}"
