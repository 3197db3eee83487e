package dev.handbook.topics;

/**
 * Why an item belongs to a topic.
 *
 * @param topicId the topic
 * @param rule how it was decided, readable: "front matter", "marker on heading", "keyword 'orm'"
 */
public record TopicAssignment(String topicId, String rule) {}
