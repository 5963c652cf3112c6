from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from directory.models import OrganisationIndexPage, SupportIndexPage, WorkingGroupIndexPage
from home.factories import NewsPageFactory, StandardPageFactory, make_site_tree
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryIndexPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_pages_sit_at_the_root_and_hold_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                LibraryIndexPage,
                OrganisationIndexPage,
                SupportIndexPage,
                WorkingGroupIndexPage,
            },
        )

    def test_news_items_live_only_in_a_news_section(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_one_news_section_per_home_page(self):
        self.login()
        homes = make_site_tree()
        self.assertCanCreate(
            homes["pl"], NewsIndexPage, {"title": "Aktualności", "slug": "news", "intro": ""}
        )
        homes["pl"].refresh_from_db()  # treebeard reads numchild from the instance
        self.assertFalse(NewsIndexPage.can_create_at(homes["pl"]))


class PageRenderingTests(WagtailPageTestCase):
    def setUp(self):
        self.homes = make_site_tree()
        self.index = NewsIndexPage(title="Aktualności", slug="news")
        self.homes["pl"].add_child(instance=self.index)

    def test_every_page_type_renders(self):
        standard = StandardPageFactory(
            parent=self.homes["pl"],
            body=[
                ("heading", {"text": "Nagłówek", "level": "h2"}),
                ("paragraph", "<p>Tekst</p>"),
                ("quote", {"text": "Razem możemy więcej.", "attribution": "Członkini Forum"}),
                (
                    "faq",
                    {"heading": "Pytania", "items": [{"question": "Kto?", "answer": "<p>My.</p>"}]},
                ),
                ("partners", None),
            ],
        )
        news = NewsPageFactory(parent=self.index)
        for page in (self.homes["pl"], self.homes["uk"], standard, self.index, news):
            self.assertPageIsRenderable(page)

    def test_faq_is_a_disclosure_that_works_without_javascript(self):
        page = StandardPageFactory(
            parent=self.homes["pl"],
            body=[
                ("faq", {"heading": "", "items": [{"question": "Gdzie?", "answer": "<p>Tu.</p>"}]})
            ],
        )
        html = self.client.get(page.url).content.decode()
        self.assertInHTML("<summary>Gdzie?</summary>", html)
        self.assertIn("<details", html)
