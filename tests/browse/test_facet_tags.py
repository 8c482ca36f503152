"""The facet options built in Python (browse.templatetags.facet_tags): the markup the template had."""

from browse.templatetags.facet_tags import facet_options
from browse.views import Facet, FacetOption


def test_facet_options_markup_checked_empty_and_escaped():
    facet = Facet(name="theme", label="Thème", field=None, multiple=True)
    facet.options = [
        FacetOption(value="arts", label="Arts & <culture>", count=3, checked=True),
        FacetOption(value="sport", label="Sport", count=0, checked=False),
    ]
    html = facet_options(facet)
    assert html.splitlines() == [
        '<div class="filter-check"><input type="checkbox" name="theme" value="arts" id="f-theme-arts" checked>'
        '<label for="f-theme-arts">Arts &amp; &lt;culture&gt; <span class="facet-count" data-count="theme-arts">'
        "(3)</span></label></div>",
        '<div class="filter-check filter-check--empty"><input type="checkbox" name="theme" value="sport"'
        ' id="f-theme-sport"><label for="f-theme-sport">Sport <span class="facet-count"'
        ' data-count="theme-sport">(0)</span></label></div>',
    ]


def test_single_choice_facet_options_are_radio_buttons():
    facet = Facet(name="format", label="Format", field=None, multiple=False)
    facet.options = [FacetOption(value="en-ligne", label="En ligne", count=2, checked=False)]
    assert '<input type="radio" name="format" value="en-ligne" id="f-format-en-ligne">' in facet_options(facet)
