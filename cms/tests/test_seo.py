import xml.etree.ElementTree as ET

from home.factories import translate_page

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_the_pages_of_every_locale(client, news_items, news_index):
    translate_page(news_index, "uk", title="Новини")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = {
        loc.text for loc in ET.fromstring(response.content).findall("sm:url/sm:loc", SITEMAP_NS)
    }
    # Full URLs come from the Wagtail site's hostname.
    assert {"http://localhost/pl/", "http://localhost/uk/", "http://localhost/en/"} <= locations
    assert "http://localhost/uk/news/" in locations
    assert f"http://localhost/pl/news/{news_items[0].slug}/" in locations


def test_sitemap_leaves_out_drafts(client, news_items):
    draft = news_items[0]
    draft.unpublish()
    locations = client.get("/sitemap.xml").content.decode()
    assert f"/pl/news/{draft.slug}/" not in locations
    assert f"/pl/news/{news_items[1].slug}/" in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
