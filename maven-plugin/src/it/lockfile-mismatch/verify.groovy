import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
def served = MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'schemas/v1.json').bytes).encodeHex().toString()
assert log.contains('Schema com.example.orders@OrderPlaced version 1 in registry it-mismatch does not match bindery.lock')
assert log.contains('the lockfile records sha256 dee6b729ceb307a254f4ae47946f6f26a41547e9831888c729dd9a82630357cb')
assert log.contains("serves content with sha256 ${served}")
assert log.contains('-Dbindery.updateLock=true')
return true
