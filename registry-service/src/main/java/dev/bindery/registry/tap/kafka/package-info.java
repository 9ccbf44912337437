/**
 * The Kafka tap: a consumer group member that reads configured topics, recognises each record (an
 * EventBridge envelope, a CloudEvent, a raw JSON object) through the ingest door for logs, checks it
 * with the rules every door shares, and learns from it with exactly-once effect: what a batch taught
 * and the offsets it reached are stored in one transaction (ADR 0021).
 */
package dev.bindery.registry.tap.kafka;
