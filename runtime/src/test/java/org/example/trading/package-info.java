/**
 * A small trade network written by hand the way the Java contract generator writes classes, to drive
 * the runtime's tests (its model is {@code src/test/resources/org/example/trading/model.json}):
 * <pre>
 * enum Exchange { o Euronext o NYSE o LSE }
 * abstract concept Location { o String country regex=/^[A-Z]{2}$/ }
 * concept Warehouse extends Location { o String city }
 * concept Port extends Location { o String portCode regex=/^[a-z]{5}$/i }
 * participant Trader identified by tradeId {
 *   o String tradeId  o String firstName  o String lastName
 *   o Boolean active default=true  o DateTime memberSince optional }
 * asset Commodity identified by tradingSymbol {
 *   o String tradingSymbol regex=/^[A-Z0-9]+$/  o String description  o Exchange mainExchange
 *   o Double quantity range=[0,]  --&gt; Trader owner  o String[] tags optional
 *   o Integer lots optional range=[1,1000]  o Long volume optional  o Location storedAt optional
 *   --&gt; Trader[] watchers optional }
 * transaction Trade { --&gt; Commodity commodity  --&gt; Trader newOwner }
 * {@literal @}returns(Integer) transaction CountHoldings { --&gt; Trader trader }
 * event TradeEvent { --&gt; Commodity commodity  --&gt; Trader oldOwner  --&gt; Trader newOwner }
 * </pre>
 */
package org.example.trading;
