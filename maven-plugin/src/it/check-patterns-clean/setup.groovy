// The registry the patterns are linted against (see support/order-events-registry.groovy).
evaluate(new File(itSupport, 'order-events-registry.groovy'))('it-check-patterns-clean')
return true
