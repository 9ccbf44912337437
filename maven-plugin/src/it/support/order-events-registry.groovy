// Shared by the check-patterns ITs' setup scripts: creates a registry holding one event schema,
// com.example.orders@OrderPlaced (source com.example.orders, detail-type Order Placed; detail with a required orderId
// and a status of PLACED, PAID or SHIPPED), for the event patterns to be linted against.
import groovy.json.JsonOutput

def call = evaluate(new File(itSupport, 'registry.groovy'))
def content = '''{"openapi":"3.0.0","info":{"version":"1.0.0","title":"OrderPlaced"},"paths":{},
 "components":{"schemas":{
  "AWSEvent":{"type":"object","required":["detail","detail-type","source"],
   "x-amazon-events-source":"com.example.orders","x-amazon-events-detail-type":"Order Placed",
   "properties":{"detail":{"$ref":"#/components/schemas/OrderPlaced"},
    "detail-type":{"type":"string"},"source":{"type":"string"}}},
  "OrderPlaced":{"type":"object","required":["orderId","status"],
   "properties":{"orderId":{"type":"string"},"status":{"type":"string","enum":["PLACED","PAID","SHIPPED"]}}}}}}'''
return { String registry ->
    call('POST', '/v1/registries/name/' + registry, '{}')
    call('POST', '/v1/registries/name/' + registry + '/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8'),
            JsonOutput.toJson([Content: content, Type: 'OpenApi3']))
}
