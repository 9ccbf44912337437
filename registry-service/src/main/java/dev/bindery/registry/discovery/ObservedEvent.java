package dev.bindery.registry.discovery;

/**
 * One accepted event as discovery learns from it: its EventBridge envelope (UTF-8 JSON) and the
 * time that feeds first/last seen (epoch milliseconds).
 */
record ObservedEvent(byte[] envelope, long time) {}
