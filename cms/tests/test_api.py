def test_pages_api_lists_live_pages_by_locale(client, news_items, news_index):
    response = client.get("/api/v2/pages/", {"type": "home.NewsPage", "locale": "pl"})
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {news.title for news in news_items}


def test_pages_api_leaves_out_drafts(client, news_items):
    news_items[0].unpublish()
    response = client.get("/api/v2/pages/", {"type": "home.NewsPage"})
    titles = {item["title"] for item in response.json()["items"]}
    assert news_items[0].title not in titles
    assert news_items[1].title in titles


def test_pages_api_rejects_an_unknown_filter_with_a_clear_message(client, homes):
    response = client.get("/api/v2/pages/", {"nonsense": "1"})
    assert response.status_code == 400
    assert "nonsense" in response.json()["message"]
