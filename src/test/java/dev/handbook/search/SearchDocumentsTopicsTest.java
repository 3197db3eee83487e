package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.topics.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Topic pages as search documents: one per topic and language, named and described in that language. */
class SearchDocumentsTopicsTest {
  private static final Topic MIDDLEWARE = new Topic("middleware-signals", 5,
      Map.of("vi", "Middleware và signals", "en", "Middleware and signals", "fa", "میدلور و سیگنال‌ها"),
      Map.of("vi", "Middleware trong chu trình request/response.", "en", "Middleware hooks and signals.",
          "fa", "میدلور در چرخه درخواست و پاسخ."),
      Map.of());
  private static final Topic AUTH = new Topic("auth", 6, Map.of("en", "Authentication", "vi", "Xác thực"),
      Map.of("en", "Logging in."), Map.of());
  private static final Map<String, String> TOPICS_TITLE = Map.of("vi", "Chủ đề", "en", "Topics", "fa", "موضوع‌ها");

  @Test
  void everyTopicHasADocumentInEveryLanguageInOrder() {
    List<SearchDocument> docs = SearchDocuments.ofTopics(List.of(MIDDLEWARE, AUTH), List.of("vi", "en", "fa"),
        TOPICS_TITLE::get);
    assertEquals(List.of("vi/topics/middleware-signals/", "vi/topics/auth/", "en/topics/middleware-signals/",
        "en/topics/auth/", "fa/topics/middleware-signals/", "fa/topics/auth/"),
        docs.stream().map(SearchDocument::url).toList());
    SearchDocument fa = docs.get(4);
    assertEquals(new SearchDocument("fa", SearchDocument.Kind.TOPIC, "fa/topics/middleware-signals/", "موضوع‌ها",
        List.of(), "میدلور و سیگنال‌ها", "میدلور در چرخه درخواست و پاسخ.", List.of("middleware-signals")), fa);
    assertEquals("t", fa.kind().code());
  }

  @Test
  void aLanguageWithoutTheTopicsNameShowsTheEnglishOne() {
    // The same fallback as the topic page itself (Topic.name): a fa reader's search still finds the page.
    SearchDocument fa = SearchDocuments.ofTopics(List.of(AUTH), List.of("fa"), TOPICS_TITLE::get).get(0);
    assertEquals("Authentication", fa.title());
    assertEquals("Logging in.", fa.body());
  }

  @Test
  void aTopicsNameIsFoundByItsWordsInItsLanguage() {
    IndexedDocument vi = DocumentTerms.index(SearchDocuments.ofTopics(List.of(AUTH), List.of("vi"),
        TOPICS_TITLE::get).get(0));
    IndexedDocument fa = DocumentTerms.index(SearchDocuments.ofTopics(List.of(MIDDLEWARE), List.of("fa"),
        TOPICS_TITLE::get).get(0));
    assertTrue(List.of(vi.terms()).containsAll(List.of("xac", "thuc")), List.of(vi.terms()).toString());
    assertTrue(List.of(fa.terms()).containsAll(List.of("میدلور", "سیگنالها")), List.of(fa.terms()).toString());
  }
}
