package dev.handbook.content;

/** One entry of a page's table of contents. */
public record Heading(int level, String id, String text) {}
