package dev.handbook.build;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.content.Page;
import dev.handbook.content.SourceFile;

/**
 * A page between parsing and rendering: the immutable model plus the Markdown tree it was read from,
 * kept so that the body is rendered once topics and links are known, without parsing again.
 */
public record ParsedPage(SourceFile source, Page page, Document document) {}
