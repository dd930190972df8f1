package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// probe12Want is one statement a probe must give, exactly: the speaker,
// the whole content and no more, and the day it was said ("" unknown).
type probe12Want struct {
	speaker, content, saidOn string
}

// TestProbe12 holds made-up one- and two-sentence clippings of the common
// forms of attribution in news (verbs, tenses, kinds of speaker, a quote
// before, after or broken, a reported clause with and without "that",
// "according to", dates, wire datelines, colons), published on Wednesday
// 2026-03-04, each after a first paragraph of its own. Each gives exactly
// the statements listed (none for a probe with none). The forms fixed in
// this round: the one spoken to before "that" ("warned residents on
// Tuesday that"), a participle or relative clause set off after a
// subject ("The report, released Tuesday, says"), a medium's day of issue
// ("in a statement released on Tuesday"), "Health officials" opening a
// sentence, a spokeswoman for a body after a quotation, "a Facebook
// spokesman", "The statement reads: “...”", "said sales fell", "Acme
// Corp. ... The company said"; the rest already read right and guard.
func TestProbe12(t *testing.T) {
	tests := []struct {
		text string
		want []probe12Want
	}{
		{"“The plan will cut costs by a third,” Mayor Lisa Grant said on Tuesday.", []probe12Want{{"Lisa Grant", "The plan will cut costs by a third", "2026-03-03"}}},
		{"Mayor Lisa Grant said on Tuesday that the plan would cut costs by a third.", []probe12Want{{"Lisa Grant", "the plan would cut costs by a third", "2026-03-03"}}},
		{"Mayor Lisa Grant said the plan would cut costs by a third.", []probe12Want{{"Lisa Grant", "the plan would cut costs by a third", "2026-03-04"}}},
		{"“We are not going anywhere,” said Tom Reyes, the union’s president.", []probe12Want{{"Tom Reyes", "We are not going anywhere", "2026-03-04"}}},
		{"“We are not going anywhere,” said union president Tom Reyes.", []probe12Want{{"Tom Reyes", "We are not going anywhere", "2026-03-04"}}},
		{"“We are not going anywhere,” union president Tom Reyes said. “This strike will last as long as it takes.”", []probe12Want{{"Tom Reyes", "We are not going anywhere", "2026-03-04"}, {"Tom Reyes", "This strike will last as long as it takes.", "2026-03-04"}}},
		{"“We are ready,” Reyes said, “and we will win.”", []probe12Want{{"Reyes", "We are ready … and we will win.", "2026-03-04"}}},
		{"A spokeswoman for the Department of Health said the clinics would reopen next month.", []probe12Want{{"Department of Health", "the clinics would reopen next month", "2026-03-04"}}},
		{"“The clinics will reopen next month,” a spokeswoman for the Department of Health said.", []probe12Want{{"Department of Health", "The clinics will reopen next month", "2026-03-04"}}},
		{"Officials said the bridge would remain closed until Friday.", []probe12Want{{"Officials", "the bridge would remain closed until Friday", "2026-03-04"}}},
		{"The bridge will remain closed until Friday, officials said.", []probe12Want{{"officials", "The bridge will remain closed until Friday", "2026-03-04"}}},
		{"The bridge will remain closed until Friday, officials said Monday.", []probe12Want{{"officials", "The bridge will remain closed until Friday", "2026-03-02"}}},
		{"According to the police, the suspect fled on foot.", []probe12Want{{"police", "the suspect fled on foot", "2026-03-04"}}},
		{"The suspect fled on foot, according to police.", []probe12Want{{"police", "The suspect fled on foot", "2026-03-04"}}},
		{"The suspect fled on foot, police said.", []probe12Want{{"police", "The suspect fled on foot", "2026-03-04"}}},
		{"Sen. Maria Lopez told reporters on Monday that the bill had enough votes.", []probe12Want{{"Maria Lopez", "the bill had enough votes", "2026-03-02"}}},
		{"Sen. Maria Lopez (D-N.M.) told reporters the bill had enough votes.", []probe12Want{{"Maria Lopez", "the bill had enough votes", "2026-03-04"}}},
		{"Finance Minister Karl Berg defended the budget on Tuesday. He said the cuts were necessary to restore confidence.", []probe12Want{{"Karl Berg", "the cuts were necessary to restore confidence", "2026-03-04"}}},
		{"Finance Minister Karl Berg defended the budget. “The cuts are necessary,” he added.", []probe12Want{{"Karl Berg", "The cuts are necessary", "2026-03-04"}}},
		{"Finance Minister Karl Berg defended the budget. He warned that further cuts could follow.", []probe12Want{{"Karl Berg", "further cuts could follow", "2026-03-04"}}},
		{"“This is a dangerous moment,” warned Anna Kim, a professor of economics at Yale.", []probe12Want{{"Anna Kim", "This is a dangerous moment", "2026-03-04"}}},
		{"Anna Kim, a professor of economics at Yale, warned that the economy could slow sharply.", []probe12Want{{"Anna Kim", "the economy could slow sharply", "2026-03-04"}}},
		{"Acme Corp. noted that sales had risen for a third straight quarter.", []probe12Want{{"Acme Corp.", "sales had risen for a third straight quarter", "2026-03-04"}}},
		{"Acme Corp. said in a statement that it would cut 500 jobs.", []probe12Want{{"Acme Corp.", "it would cut 500 jobs", "2026-03-04"}}},
		{"In a statement, Acme Corp. said it would cut 500 jobs.", []probe12Want{{"Acme Corp.", "it would cut 500 jobs", "2026-03-04"}}},
		{"Acme Corp. said Tuesday it would cut 500 jobs.", []probe12Want{{"Acme Corp.", "it would cut 500 jobs", "2026-03-03"}}},
		{"LONDON, March 3 (Reuters) - Prime Minister Ellen Shaw said on Tuesday the government would not raise taxes.", []probe12Want{{"Ellen Shaw", "the government would not raise taxes", "2026-03-03"}}},
		{"WASHINGTON (AP) — The White House said Tuesday it would veto the bill.", []probe12Want{{"White House", "it would veto the bill", "2026-03-03"}}},
		{"The coach insisted his team was not tired.", []probe12Want{{"coach", "his team was not tired", "2026-03-04"}}},
		{"“We are not tired,” coach Dan Webb insisted.", []probe12Want{{"Dan Webb", "We are not tired", "2026-03-04"}}},
		{"Smith acknowledged that mistakes had been made.", []probe12Want{{"Smith", "mistakes had been made", "2026-03-04"}}},
		{"“Mistakes were made,” Smith acknowledged.", []probe12Want{{"Smith", "Mistakes were made", "2026-03-04"}}},
		{"The minister conceded that the target would be missed.", []probe12Want{{"minister", "the target would be missed", "2026-03-04"}}},
		{"Critics argue that the law goes too far.", []probe12Want{{"Critics", "the law goes too far", "2026-03-04"}}},
		{"“The law goes too far,” argued Ben Ortiz, a lawyer who represents the tenants.", []probe12Want{{"Ben Ortiz", "The law goes too far", "2026-03-04"}}},
		{"In a statement, the ministry said: “The talks are over.”", []probe12Want{{"ministry", "The talks are over.", "2026-03-04"}}},
		{"Dr. Helen Park says the vaccine is safe.", []probe12Want{{"Helen Park", "the vaccine is safe", "2026-03-04"}}},
		{"“The vaccine is safe,” says Dr. Helen Park, who led the trial.", []probe12Want{{"Helen Park", "The vaccine is safe", "2026-03-04"}}},
		{"Last week, Mayor Lisa Grant said the city would hire 200 new teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 new teachers", "2026"}}},
		{"Mayor Lisa Grant said last week that the city would hire 200 new teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 new teachers", "2026"}}},
		{"On Monday, White House press secretary Jane Doe told reporters that the president would sign the bill.", []probe12Want{{"Jane Doe", "the president would sign the bill", "2026-03-02"}}},
		{"The president will sign the bill, White House press secretary Jane Doe told reporters on Monday.", []probe12Want{{"Jane Doe", "The president will sign the bill", "2026-03-02"}}},
		{"“I have no regrets,” Sen. Maria Lopez told CNN on Sunday.", []probe12Want{{"Maria Lopez", "I have no regrets", "2026-03-01"}}},
		{"Sen. Maria Lopez said she had no regrets, adding that she would run again.", []probe12Want{{"Maria Lopez", "she had no regrets", "2026-03-04"}, {"Maria Lopez", "she would run again", "2026-03-04"}}},
		{"Sen. Maria Lopez spoke after the vote. “I have no regrets,” she said in an interview.", []probe12Want{{"Maria Lopez", "I have no regrets", "2026-03-04"}}},
		{"The mayor’s office said the report was under review.", []probe12Want{{"mayor’s office", "the report was under review", "2026-03-04"}}},
		{"A senior administration official, speaking on condition of anonymity, said the talks had stalled.", []probe12Want{{"senior administration official", "the talks had stalled", "2026-03-04"}}},
		{"Jones, 54, said he was “deeply disappointed” by the ruling.", []probe12Want{{"Jones", "he was “deeply disappointed” by the ruling", "2026-03-04"}}},
		{"“We did nothing wrong,” Acme Corp. said in a statement on Friday.", []probe12Want{{"Acme Corp.", "We did nothing wrong", "2026-02-27"}}},
		{"The ministry said on March 1 that exports had fallen 3 percent.", []probe12Want{{"ministry", "exports had fallen 3 percent", "2026-03-01"}}},
		{"Exports fell 3 percent in February, the ministry said on Monday.", []probe12Want{{"ministry", "Exports fell 3 percent in February", "2026-03-02"}}},
		{"The council voted 7-2 on Tuesday. Council member Ruth Hale, who voted against the plan, said it was rushed.", []probe12Want{{"Ruth Hale", "it was rushed", "2026-03-04"}}},
		{"Council member Ruth Hale voted no. Hale noted that the plan had been drafted in two weeks.", []probe12Want{{"Ruth Hale", "the plan had been drafted in two weeks", "2026-03-04"}}},
		{"“It was rushed,” Hale noted.", []probe12Want{{"Hale", "It was rushed", "2026-03-04"}}},
		{"Mayor Lisa Grant said: “We will rebuild.”", []probe12Want{{"Lisa Grant", "We will rebuild.", "2026-03-04"}}},
		{"President Ellen Shaw told the nation in a televised address that the country was safe.", []probe12Want{{"Ellen Shaw", "the country was safe", "2026-03-04"}}},
		{"In an interview with The Times, President Ellen Shaw said the country was safe.", []probe12Want{{"Ellen Shaw", "the country was safe", "2026-03-04"}}},
		{"President Ellen Shaw said in an interview with The Times that the country was safe.", []probe12Want{{"Ellen Shaw", "the country was safe", "2026-03-04"}}},
		{"Anna Kim studies markets at Yale. She says the slowdown is temporary.", []probe12Want{{"Anna Kim", "the slowdown is temporary", "2026-03-04"}}},
		{"Anna Kim studies markets at Yale. “The slowdown is temporary,” she says.", []probe12Want{{"Anna Kim", "The slowdown is temporary", "2026-03-04"}}},
		{"Coach Dan Webb was upset. “We tried,” he said. “We failed.”", []probe12Want{{"Dan Webb", "We tried", "2026-03-04"}, {"Dan Webb", "We failed.", "2026-03-04"}}},
		{"Ben Ortiz, the tenants’ lawyer, added that they would appeal.", []probe12Want{{"Ben Ortiz", "they would appeal", "2026-03-04"}}},
		{"“We will appeal,” Ortiz added.", []probe12Want{{"Ortiz", "We will appeal", "2026-03-04"}}},
		{"The tenants will appeal, Ortiz added.", []probe12Want{{"Ortiz", "The tenants will appeal", "2026-03-04"}}},
		{"Ben Ortiz told The Associated Press the tenants would appeal.", []probe12Want{{"Ben Ortiz", "the tenants would appeal", "2026-03-04"}}},
		{"The tenants plan to appeal, their lawyer, Ben Ortiz, said on Tuesday.", []probe12Want{{"Ben Ortiz", "The tenants plan to appeal", "2026-03-03"}}},
		{"Acme did not respond to a request for comment.", []probe12Want{}},
		{"Governor Tom Aske, speaking at a news conference in Albany on Monday, said the state would sue.", []probe12Want{{"Tom Aske", "the state would sue", "2026-03-02"}}},
		{"Speaking to reporters on Monday, Governor Tom Aske said the state would sue.", []probe12Want{{"Tom Aske", "the state would sue", "2026-03-02"}}},
		{"“We will sue,” Governor Tom Aske said at a news conference on Monday.", []probe12Want{{"Tom Aske", "We will sue", "2026-03-02"}}},
		{"Tom Aske, a Democrat, said Monday the state would sue.", []probe12Want{{"Tom Aske", "the state would sue", "2026-03-02"}}},
		{"Governor Tom Aske said he “will not back down.”", []probe12Want{{"Tom Aske", "he “will not back down.”", "2026-03-04"}}},
		{"The rule, Governor Tom Aske said, is unlawful.", []probe12Want{{"Tom Aske", "The rule … is unlawful", "2026-03-04"}}},
		{"According to a statement from the ministry, exports fell 3 percent.", []probe12Want{{"ministry", "exports fell 3 percent", "2026-03-04"}}},
		{"According to Governor Tom Aske, the rule is unlawful.", []probe12Want{{"Tom Aske", "the rule is unlawful", "2026-03-04"}}},
		{"“The rule is unlawful,” Governor Tom Aske wrote on X.", []probe12Want{{"Tom Aske", "The rule is unlawful", "2026-03-04"}}},
		{"Governor Tom Aske wrote on Twitter that the rule was unlawful.", []probe12Want{{"Tom Aske", "the rule was unlawful", "2026-03-04"}}},
		{"Governor Tom Aske said Tuesday: “The rule is unlawful.”", []probe12Want{{"Tom Aske", "The rule is unlawful.", "2026-03-03"}}},
		{"NEW YORK — Mayor Lisa Grant said Tuesday that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2026-03-03"}}},
		{"BERLIN, March 2 (Reuters) - German Finance Minister Karl Berg said on Monday the budget would be balanced.", []probe12Want{{"Karl Berg", "the budget would be balanced", "2026-03-02"}}},
		{"“I think,” Mayor Lisa Grant said, “that we can do better.”", []probe12Want{{"Lisa Grant", "I think … that we can do better.", "2026-03-04"}}},
		{"The union said it was “disappointed but not surprised.”", []probe12Want{{"union", "it was “disappointed but not surprised.”", "2026-03-04"}}},
		{"Health Secretary Dr. Ann Moss said the outbreak was under control.", []probe12Want{{"Ann Moss", "the outbreak was under control", "2026-03-04"}}},
		{"Former President Tom Aske said the deal was a mistake.", []probe12Want{{"Tom Aske", "the deal was a mistake", "2026-03-04"}}},
		{"Union leaders said they would strike.", []probe12Want{{"Union leaders", "they would strike", "2026-03-04"}}},
		{"Residents say the water has smelled for weeks.", []probe12Want{{"Residents", "the water has smelled for weeks", "2026-03-04"}}},
		{"“It smells like rotten eggs,” said Maria Diaz, 67, who has lived on the street for 40 years.", []probe12Want{{"Maria Diaz", "It smells like rotten eggs", "2026-03-04"}}},
		{"Sen. Maria Lopez spoke to the committee. She told the committee: “I am not resigning.”", []probe12Want{{"Maria Lopez", "I am not resigning.", "2026-03-04"}}},
		{"Sen. Maria Lopez said it was “a sad day for democracy,” adding: “We will keep fighting.”", []probe12Want{{"Maria Lopez", "it was “a sad day for democracy,”", "2026-03-04"}, {"Maria Lopez", "We will keep fighting.", "2026-03-04"}}},
		{"Police warned residents on Tuesday that the river could flood.", []probe12Want{{"Police", "the river could flood", "2026-03-03"}}},
		{"The minister insisted on Thursday that the deal was fair.", []probe12Want{{"minister", "the deal was fair", "2026-02-26"}}},
		{"“The deal is fair,” the minister insisted on Thursday.", []probe12Want{{"minister", "The deal is fair", "2026-02-26"}}},
		{"Acme’s chief executive, Sarah Cole, told analysts that demand was strong.", []probe12Want{{"Sarah Cole", "demand was strong", "2026-03-04"}}},
		{"Demand is strong, Acme chief executive Sarah Cole told analysts on a call.", []probe12Want{{"Sarah Cole", "Demand is strong", "2026-03-04"}}},
		{"The spokesman, Ian Frost, said the ship had been seized.", []probe12Want{{"Ian Frost", "the ship had been seized", "2026-03-04"}}},
		{"Ian Frost, a spokesman for the navy, said Monday the ship had been seized.", []probe12Want{{"Ian Frost", "the ship had been seized", "2026-03-02"}}},
		{"The ship had been seized, said Ian Frost, a navy spokesman.", []probe12Want{{"Ian Frost", "The ship had been seized", "2026-03-04"}}},
		{"The report, released Tuesday, says the river is polluted.", []probe12Want{{"report", "the river is polluted", "2026-03-03"}}},
		{"Ortiz argued the ruling ignored the tenants’ rights.", []probe12Want{{"Ortiz", "the ruling ignored the tenants’ rights", "2026-03-04"}}},
		{"Lopez conceded she had made mistakes, but said she would not quit.", []probe12Want{{"Lopez", "she had made mistakes", "2026-03-04"}, {"Lopez", "she would not quit", "2026-03-04"}}},
		{"Acme acknowledged in a filing on Friday that the inquiry was continuing.", []probe12Want{{"Acme", "the inquiry was continuing", "2026-02-27"}}},
		{"Earlier this month, the ministry warned that prices would rise.", []probe12Want{{"ministry", "prices would rise", "2026-03"}}},
		{"“We are ready. We have been ready for months,” Mayor Lisa Grant said.", []probe12Want{{"Lisa Grant", "We are ready. We have been ready for months", "2026-03-04"}}},
		{"Tom Reyes, who leads the union, said the strike would go on.", []probe12Want{{"Tom Reyes", "the strike would go on", "2026-03-04"}}},
		{"The strike will go on, said Tom Reyes, who leads the union.", []probe12Want{{"Tom Reyes", "The strike will go on", "2026-03-04"}}},
		{"The group said in a statement on Tuesday that it would close two plants.", []probe12Want{{"group", "it would close two plants", "2026-03-03"}}},
		{"In a statement released on Tuesday, the group said it would close two plants.", []probe12Want{{"group", "it would close two plants", "2026-03-03"}}},
		{"Tom Reyes told Reuters by phone on Tuesday that the strike would go on.", []probe12Want{{"Tom Reyes", "the strike would go on", "2026-03-03"}}},
		{"“The strike will go on,” Tom Reyes said in an email.", []probe12Want{{"Tom Reyes", "The strike will go on", "2026-03-04"}}},
		{"“The strike will go on,” union leader Tom Reyes told reporters after the meeting.", []probe12Want{{"Tom Reyes", "The strike will go on", "2026-03-04"}}},
		{"Union leader Tom Reyes said that while the deal was not perfect, it was a start.", []probe12Want{{"Tom Reyes", "while the deal was not perfect, it was a start", "2026-03-04"}}},
		{"Union leader Tom Reyes said it was too early to say whether the strike would end.", []probe12Want{{"Tom Reyes", "it was too early to say whether the strike would end", "2026-03-04"}}},
		{"The White House has said it will veto the bill.", []probe12Want{{"White House", "it will veto the bill", ""}}},
		{"Governor Tom Aske had said earlier that the state would not sue.", []probe12Want{{"Tom Aske", "the state would not sue", ""}}},
		{"The agency noted in a report published Tuesday that the river was polluted.", []probe12Want{{"agency", "the river was polluted", "2026-03-03"}}},
		{"The tenants argued in court filings that the eviction was unlawful.", []probe12Want{{"tenants", "the eviction was unlawful", "2026-03-04"}}},
		{"Spokeswoman Jane Doe said the city would appeal.", []probe12Want{{"Jane Doe", "the city would appeal", "2026-03-04"}}},
		{"A spokeswoman, Jane Doe, said the city would appeal.", []probe12Want{{"Jane Doe", "the city would appeal", "2026-03-04"}}},
		{"Jane Doe, a spokeswoman for the city, said it would appeal.", []probe12Want{{"Jane Doe", "it would appeal", "2026-03-04"}}},
		{"The city will appeal, said Jane Doe, spokeswoman for the city.", []probe12Want{{"Jane Doe", "The city will appeal", "2026-03-04"}}},
		{"The city’s spokeswoman, Jane Doe, said it would appeal.", []probe12Want{{"Jane Doe", "it would appeal", "2026-03-04"}}},
		{"A spokesperson for Acme said in an emailed statement that the recall was voluntary.", []probe12Want{{"Acme", "the recall was voluntary", "2026-03-04"}}},
		{"Acme spokesperson Jane Doe said in an email that the recall was voluntary.", []probe12Want{{"Jane Doe", "the recall was voluntary", "2026-03-04"}}},
		{"Prosecutors said the defendant had fled the country.", []probe12Want{{"Prosecutors", "the defendant had fled the country", "2026-03-04"}}},
		{"Witnesses said the car was speeding.", []probe12Want{{"Witnesses", "the car was speeding", "2026-03-04"}}},
		{"The car was speeding, police said Tuesday.", []probe12Want{{"police", "The car was speeding", "2026-03-03"}}},
		{"Authorities say the fire was set deliberately.", []probe12Want{{"Authorities", "the fire was set deliberately", "2026-03-04"}}},
		{"Russia’s foreign ministry said the sanctions were illegal.", []probe12Want{{"Russia’s foreign ministry", "the sanctions were illegal", "2026-03-04"}}},
		{"The company’s chief executive, Sarah Cole, said profits would rise.", []probe12Want{{"Sarah Cole", "profits would rise", "2026-03-04"}}},
		{"In a statement, Sarah Cole said: “Profits will rise.”", []probe12Want{{"Sarah Cole", "Profits will rise.", "2026-03-04"}}},
		{"Sarah Cole put it simply: “Profits will rise.”", []probe12Want{{"Sarah Cole", "Profits will rise.", "2026-03-04"}}},
		{"The statement read: “The company regrets the error.”", []probe12Want{{"statement", "The company regrets the error.", "2026-03-04"}}},
		{"MOSCOW, March 3 (Reuters) - Russia said on Tuesday it would expel two diplomats.", []probe12Want{{"Russia", "it would expel two diplomats", "2026-03-03"}}},
		{"PARIS (AFP) - The French government said Monday it would ban the pesticide.", []probe12Want{{"French government", "it would ban the pesticide", "2026-03-02"}}},
		{"Mayor Lisa Grant said on Feb. 12 that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2026-02-12"}}},
		{"Mayor Lisa Grant said on Sunday night that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2026-03-01"}}},
		{"Mayor Lisa Grant said yesterday that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2026-03-03"}}},
		{"Mayor Lisa Grant said in January that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2026-01"}}},
		{"Mayor Lisa Grant said in 2019 that the city would hire 200 teachers.", []probe12Want{{"Lisa Grant", "the city would hire 200 teachers", "2019"}}},
		{"“The cuts,” Mayor Lisa Grant said, “are cruel.”", []probe12Want{{"Lisa Grant", "The cuts … are cruel.", "2026-03-04"}}},
		{"Lisa Grant took office in 2020. The city was broke then. She said on Tuesday that it had recovered.", []probe12Want{{"Lisa Grant", "it had recovered", "2026-03-03"}}},
		{"Sen. Maria Lopez voted against the bill. The senator said it would hurt farmers.", []probe12Want{{"Maria Lopez", "it would hurt farmers", "2026-03-04"}}},
		{"Acme Corp. cut 500 jobs. The company said the cuts were needed.", []probe12Want{{"Acme Corp.", "the cuts were needed", "2026-03-04"}}},
		{"A spokeswoman for Sen. Maria Lopez said she would vote no.", []probe12Want{{"spokeswoman for Sen. Maria Lopez", "she would vote no", "2026-03-04"}}},
		{"Sen. Maria Lopez’s spokeswoman said she would vote no.", []probe12Want{{"Maria Lopez’s spokeswoman", "she would vote no", "2026-03-04"}}},
		{"“I am not resigning,” Lopez told The New York Times.", []probe12Want{{"Lopez", "I am not resigning", "2026-03-04"}}},
		{"Lopez said the move was “premature” and warned that it could backfire.", []probe12Want{{"Lopez", "the move was “premature”", "2026-03-04"}, {"Lopez", "it could backfire", "2026-03-04"}}},
		{"“The move is premature,” Lopez said, adding that it could backfire.", []probe12Want{{"Lopez", "The move is premature", "2026-03-04"}, {"Lopez", "it could backfire", "2026-03-04"}}},
		{"The ministry warned Tuesday of a long recession.", []probe12Want{}},
		{"State officials said Tuesday the water was safe to drink.", []probe12Want{{"State officials", "the water was safe to drink", "2026-03-03"}}},
		{"Health officials told residents that the water was safe to drink.", []probe12Want{{"Health officials", "the water was safe to drink", "2026-03-04"}}},
		{"Experts say the water is safe to drink.", []probe12Want{{"Experts", "the water is safe to drink", "2026-03-04"}}},
		{"Many economists now say a recession is likely.", []probe12Want{{"economists", "a recession is likely", "2026-03-04"}}},
		{"Reyes said: “We will strike.” He added: “We have no choice.”", []probe12Want{{"Reyes", "We will strike.", "2026-03-04"}, {"Reyes", "We have no choice.", "2026-03-04"}}},
		{"The mine will close next year, the company’s owner, Sarah Cole, said on Monday.", []probe12Want{{"Sarah Cole", "The mine will close next year", "2026-03-02"}}},
		{"The mine will close next year, its owner said.", []probe12Want{{"owner", "The mine will close next year", "2026-03-04"}}},
		{"The mine will close, the company and the union said in a joint statement.", []probe12Want{{"company and the union", "The mine will close", "2026-03-04"}}},
		{"The report, published on Monday, found that the river was polluted.", []probe12Want{{"report", "the river was polluted", "2026-03-02"}}},
		{"The study, which was funded by Acme, says the drug is safe.", []probe12Want{{"study", "the drug is safe", "2026-03-04"}}},
		{"Mayor Lisa Grant, 52, who took office in 2020, said on Tuesday that she would run again.", []probe12Want{{"Lisa Grant", "she would run again", "2026-03-03"}}},
		{"Sarah Cole, the chief executive, told employees in a memo on Monday that the plant would close.", []probe12Want{{"Sarah Cole", "the plant would close", "2026-03-02"}}},
		{"Residents told reporters on Tuesday that they had not been warned.", []probe12Want{{"Residents", "they had not been warned", "2026-03-03"}}},
		{"Lopez told the committee on Tuesday she had done nothing wrong.", []probe12Want{{"Lopez", "she had done nothing wrong", "2026-03-03"}}},
		{"Lopez warned colleagues that the vote would be close.", []probe12Want{{"Lopez", "the vote would be close", "2026-03-04"}}},
		{"The coach, Dan Webb, insisted after the game that his team was not tired.", []probe12Want{{"Dan Webb", "his team was not tired", "2026-03-04"}}},
		{"Lopez assured voters that the plan was safe.", []probe12Want{{"Lopez", "the plan was safe", "2026-03-04"}}},
		{"Lopez reminded reporters on Monday that the plan was safe.", []probe12Want{{"Lopez", "the plan was safe", "2026-03-02"}}},
		{"Lopez warned Democrats that the plan was risky.", []probe12Want{{"Lopez", "the plan was risky", "2026-03-04"}}},
		{"Lopez warned in a statement that the plan was risky.", []probe12Want{{"Lopez", "the plan was risky", "2026-03-04"}}},
		{"Lopez warned the plan would mean that taxes rise.", []probe12Want{{"Lopez", "the plan would mean that taxes rise", "2026-03-04"}}},
		{"The report, which was released on Tuesday, says the river is polluted.", []probe12Want{{"report", "the river is polluted", "2026-03-03"}}},
		{"The committee, which met on Monday, said the river was polluted.", []probe12Want{{"committee", "the river was polluted", "2026-03-04"}}},
		{"The group, led by Ben Ortiz, said the rule was unlawful.", []probe12Want{{"group", "the rule was unlawful", "2026-03-04"}}},
		{"The mayor’s chief of staff, Dr. Ann Moss, said the ship had been seized.", []probe12Want{{"Ann Moss", "the ship had been seized", "2026-03-04"}}},
		{"Health officials said the water was safe.", []probe12Want{{"Health officials", "the water was safe", "2026-03-04"}}},
		{"The water is safe, Facebook officials said. Others at Facebook disagreed.", []probe12Want{{"Facebook", "The water is safe", "2026-03-04"}}},
		{"“The clinics will reopen,” said a spokeswoman for the Health Department.", []probe12Want{{"Health Department", "The clinics will reopen", "2026-03-04"}}},
		{"The group said in a statement released on Tuesday that it would close two plants.", []probe12Want{{"group", "it would close two plants", "2026-03-03"}}},
		{"Smith said the tape released Friday was fake.", []probe12Want{{"Smith", "the tape released Friday was fake", "2026-03-04"}}},
		{"A report published on Monday found that the river was polluted.", []probe12Want{{"report", "the river was polluted", "2026-03-02"}}},
		{"The statement reads: “The company regrets the error.”", []probe12Want{{"statement", "The company regrets the error.", "2026-03-04"}}},
		{"Acme said sales fell.", []probe12Want{{"Acme", "sales fell", "2026-03-04"}}},
		{"Acme Corp., which makes tractors, said sales fell.", []probe12Want{{"Acme Corp.", "sales fell", "2026-03-04"}}},
		{"Lopez said last week.", []probe12Want{}},
		{"Acme Inc. cut 500 jobs. The firm said the cuts were needed.", []probe12Want{{"Acme Inc.", "the cuts were needed", "2026-03-04"}}},
		{"Tom Reyes cut 500 jobs. The company said the cuts were needed.", []probe12Want{{"company", "the cuts were needed", "2026-03-04"}}},
		{"Addressing about 200 nurses at the hall, many of them tired, the union chief, Tom Reyes, said that the strike would go on.", []probe12Want{{"Tom Reyes", "the strike would go on", "2026-03-04"}}},
		{"A Facebook spokesman said the post was removed.", []probe12Want{{"Facebook", "the post was removed", "2026-03-04"}}},
		{"A Trump spokeswoman said the post was removed.", []probe12Want{{"Trump spokeswoman", "the post was removed", "2026-03-04"}}},
		{"Acme Holdings Ltd. cut 500 jobs. The company said the cuts were needed.", []probe12Want{{"Acme Holdings Ltd.", "the cuts were needed", "2026-03-04"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := clipping("The council met.\n\n"+tt.text, "2026-03-04", false)
			got := extract.Statements(c)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d statements, want %d:%s", len(got), len(tt.want), dump(got))
			}
			for _, w := range tt.want {
				if !probe12Has(got, w) {
					t.Errorf("no statement %+v in:%s", w, dump(got))
				}
			}
		})
	}
}

// probe12Has reports whether got holds a statement of w's speaker, whole
// content and day.
func probe12Has(got []digest.Statement, w probe12Want) bool {
	for _, s := range got {
		if s.Speaker == w.speaker && s.Content == w.content && s.SaidOn == w.saidOn && (w.saidOn != "" || s.SaidOnPrecision == digest.PrecisionUnknown) {
			return true
		}
	}
	return false
}
