package dev.handbook.build;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.content.Page;
import dev.handbook.content.SourceFile;

/**
 * A page just parsed: the immutable model plus the Markdown tree it was read from, which {@link PageCompiler}
 * renders and then lets go.
 */
public record ParsedPage(SourceFile source, Page page, Document document) {}
