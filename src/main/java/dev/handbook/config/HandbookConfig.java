package dev.handbook.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code content/handbook.yml}.
 *
 * @param titles handbook title per language code
 * @param descriptions one-line description per language code (may be empty)
 * @param languages the languages in display order
 * @param defaultLanguage code of the language the root page suggests first
 * @param baseUrl absolute URL the site is published at, or empty (used only in sitemap.xml)
 * @param editUrl prefix that, followed by a path relative to the content folder, edits a file; or empty
 */
public record HandbookConfig(
    Map<String, String> titles,
    Map<String, String> descriptions,
    List<Language> languages,
    String defaultLanguage,
    String baseUrl,
    String editUrl) {

  public HandbookConfig {
    titles = Map.copyOf(titles);
    descriptions = Map.copyOf(descriptions);
    languages = List.copyOf(languages);
  }

  public HandbookConfig withBaseUrl(String url) {
    return new HandbookConfig(titles, descriptions, languages, defaultLanguage, url, editUrl);
  }

  /** The path part of the base URL ("/handbook/"), or empty when no base URL is known. */
  public String basePath() {
    if (baseUrl.isEmpty()) {
      return "";
    }
    String path = java.net.URI.create(baseUrl).getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  public Optional<Language> language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  public Language languageOrDefault(String code) {
    return language(code).orElseGet(() -> language(defaultLanguage).orElseThrow());
  }

  public String title(String lang) {
    return titles.getOrDefault(lang, titles.getOrDefault(defaultLanguage, "Handbook"));
  }

  public String description(String lang) {
    return descriptions.getOrDefault(lang, "");
  }

  public List<String> languageCodes() {
    return languages.stream().map(Language::code).toList();
  }
}
