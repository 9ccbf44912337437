// Maven prints the failure's message with each line prefixed by [ERROR].
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('2 of 3 event pattern file(s)')
assert log.contains('failed the lint against the schemas of bus default and registry it-check-patterns-error at ')
assert log.contains('[ERROR] typo-key.json:\n[ERROR]   ERROR detailType [UNKNOWN_ENVELOPE_KEY]')
assert log.contains('Did you mean detail-type?')
assert log.contains('[ERROR] shipping/renamed-field.json:\n[ERROR]   ERROR detail.stauts [UNKNOWN_FIELD]')
assert log.contains('Did you mean detail.status?')
assert log.contains('paid-orders.json: no findings (matches 1 schema(s))')
assert !log.contains('[ERROR] paid-orders.json:')
return true
