package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// probe13Want is one statement a probe must give, exactly: the speaker,
// the whole content and no more, and the day it was said ("" unknown).
type probe13Want struct {
	speaker, content, saidOn string
}

// TestProbe13 holds made-up one- and two-sentence clippings of genres
// and forms TestProbe12 does not: courts (rulings, prosecutors, the
// defense, testimony, indictments, lawsuits), business and earnings
// (filings, calls with analysts, guidance), sports (the coach after the
// game, "said of his teammate"), science and health (studies, journals,
// authors), diplomacy and wire copy (ministry statements, state media,
// readouts, briefings), social media, interviews, and forms that give
// no statement ("did not immediately respond to a request for comment",
// "declined to comment", "confirmed the report"). Published on Wednesday
// 2026-03-04, each after a first paragraph of its own; each gives
// exactly the statements listed (none for a probe with none). The forms
// fixed in this round: a body's name with "and" after its "for" ("the
// Centers for Disease Control and Prevention said"), "state media" and
// "local media" after a clause, "the authors" of a study, "according to
// a readout (or summary) of the call", and a participle phrase that says
// only for whom the subject speaks ("Ruth Hale, writing for the
// majority, said", "Writing for the majority, Ruth Hale said"); the rest
// already read right and guard.
func TestProbe13(t *testing.T) {
	tests := []struct {
		text string
		want []probe13Want
	}{
		{"Judge Ellen Marsh wrote in her ruling that the law violated the First Amendment.", []probe13Want{{"Ellen Marsh", "the law violated the First Amendment", "2026-03-04"}}},
		{"The law violates the First Amendment, Judge Ellen Marsh wrote in her ruling.", []probe13Want{{"Ellen Marsh", "The law violates the First Amendment", "2026-03-04"}}},
		{"“The statute cannot stand,” U.S. District Judge Ellen Marsh wrote in a 40-page opinion.", []probe13Want{{"Ellen Marsh", "The statute cannot stand", "2026-03-04"}}},
		{"In her ruling, Judge Ellen Marsh wrote that the statute could not stand.", []probe13Want{{"Ellen Marsh", "the statute could not stand", "2026-03-04"}}},
		{"Prosecutors alleged that Tom Aske stole $2 million from the charity.", []probe13Want{{"Prosecutors", "Tom Aske stole $2 million from the charity", "2026-03-04"}}},
		{"Tom Aske stole $2 million from the charity, prosecutors alleged.", []probe13Want{{"prosecutors", "Tom Aske stole $2 million from the charity", "2026-03-04"}}},
		{"Defense lawyers argued on Monday that the evidence had been obtained illegally.", []probe13Want{{"Defense lawyers", "the evidence had been obtained illegally", "2026-03-02"}}},
		{"The jury heard testimony that the driver had been drinking.", []probe13Want{}},
		{"Aske’s lawyer, Ben Ortiz, said his client would plead not guilty.", []probe13Want{{"Ben Ortiz", "his client would plead not guilty", "2026-03-04"}}},
		{"“My client is innocent,” Aske’s lawyer, Ben Ortiz, told reporters outside the courthouse.", []probe13Want{{"Ben Ortiz", "My client is innocent", "2026-03-04"}}},
		{"The indictment alleges that Aske laundered the money through shell companies.", []probe13Want{{"indictment", "Aske laundered the money through shell companies", "2026-03-04"}}},
		{"According to the indictment, Aske laundered the money through shell companies.", []probe13Want{{"indictment", "Aske laundered the money through shell companies", "2026-03-04"}}},
		{"Aske laundered the money through shell companies, according to court documents.", []probe13Want{{"court documents", "Aske laundered the money through shell companies", "2026-03-04"}}},
		{"Aske pleaded not guilty on Monday.", []probe13Want{}},
		{"The witness testified that she saw Aske leave the building.", []probe13Want{{"witness", "she saw Aske leave the building", "2026-03-04"}}},
		{"“I saw him leave,” the witness testified.", []probe13Want{{"witness", "I saw him leave", "2026-03-04"}}},
		{"The Supreme Court ruled on Monday that the ban was unconstitutional.", []probe13Want{{"Supreme Court", "the ban was unconstitutional", "2026-03-02"}}},
		{"In a dissent, Justice Tom Aske wrote that the majority had ignored precedent.", []probe13Want{{"Tom Aske", "the majority had ignored precedent", "2026-03-04"}}},
		{"The judge told Aske that he had shown no remorse.", []probe13Want{{"judge", "he had shown no remorse", "2026-03-04"}}},
		{"“You have shown no remorse,” the judge told Aske.", []probe13Want{{"judge", "You have shown no remorse", "2026-03-04"}}},
		{"Assistant U.S. Attorney Sarah Cole told jurors in her closing argument that Aske had lied.", []probe13Want{{"Sarah Cole", "Aske had lied", "2026-03-04"}}},
		{"Aske’s attorneys said in a court filing that the charges should be dismissed.", []probe13Want{{"Aske’s attorneys", "the charges should be dismissed", "2026-03-04"}}},
		{"The company said in a filing with the Securities and Exchange Commission that it would cut 800 jobs.", []probe13Want{{"company", "it would cut 800 jobs", "2026-03-04"}}},
		{"Acme Corp. said in a regulatory filing on Monday that its chief financial officer had resigned.", []probe13Want{{"Acme Corp.", "its chief financial officer had resigned", "2026-03-02"}}},
		{"Executives told analysts on a call that demand remained strong.", []probe13Want{{"Executives", "demand remained strong", "2026-03-04"}}},
		{"Chief Executive Sarah Cole told analysts on a conference call that demand remained strong.", []probe13Want{{"Sarah Cole", "demand remained strong", "2026-03-04"}}},
		{"“Demand remains strong,” Chief Executive Sarah Cole told analysts on a call.", []probe13Want{{"Sarah Cole", "Demand remains strong", "2026-03-04"}}},
		{"Acme raised its full-year guidance, saying it now expects sales to grow 8 percent.", []probe13Want{{"Acme", "it now expects sales to grow 8 percent", "2026-03-04"}}},
		{"Acme expects revenue of $4 billion this year, the company said in a statement.", []probe13Want{{"Acme", "Acme expects revenue of $4 billion this year", "2026-03-04"}}},
		{"Analysts had expected a profit of 50 cents a share, according to FactSet.", []probe13Want{{"FactSet", "Analysts had expected a profit of 50 cents a share", "2026-03-04"}}},
		{"“We delivered a strong quarter,” Cole said in a statement.", []probe13Want{{"Cole", "We delivered a strong quarter", "2026-03-04"}}},
		{"Cole said in a statement that the company had delivered a strong quarter.", []probe13Want{{"Cole", "the company had delivered a strong quarter", "2026-03-04"}}},
		{"Acme shares fell 5 percent in after-hours trading.", []probe13Want{}},
		{"Chief Financial Officer Ben Ortiz said on the call that margins would improve in the second half.", []probe13Want{{"Ben Ortiz", "margins would improve in the second half", "2026-03-04"}}},
		{"Margins will improve in the second half, Chief Financial Officer Ben Ortiz said on the call.", []probe13Want{{"Ben Ortiz", "Margins will improve in the second half", "2026-03-04"}}},
		{"The coach told reporters after the game that his team had played poorly.", []probe13Want{{"coach", "his team had played poorly", "2026-03-04"}}},
		{"“We played poorly,” the coach told reporters after the game.", []probe13Want{{"coach", "We played poorly", "2026-03-04"}}},
		{"“We played poorly,” coach Dan Webb told reporters after the game.", []probe13Want{{"Dan Webb", "We played poorly", "2026-03-04"}}},
		{"“He is the best player I have ever coached,” Webb said of his striker.", []probe13Want{{"Webb", "He is the best player I have ever coached", "2026-03-04"}}},
		{"“He is a great teammate,” Reyes said of Ortiz.", []probe13Want{{"Reyes", "He is a great teammate", "2026-03-04"}}},
		{"Reyes said of his teammate: “He never gives up.”", []probe13Want{{"Reyes", "He never gives up.", "2026-03-04"}}},
		{"Webb said after the match that the referee had made mistakes.", []probe13Want{{"Webb", "the referee had made mistakes", "2026-03-04"}}},
		{"“It was a penalty,” Webb said after the match. “Everybody saw it.”", []probe13Want{{"Webb", "It was a penalty", "2026-03-04"}, {"Webb", "Everybody saw it.", "2026-03-04"}}},
		{"Webb told the BBC after the match that the referee had made mistakes.", []probe13Want{{"Webb", "the referee had made mistakes", "2026-03-04"}}},
		{"“I feel good,” said Reyes, who scored twice.", []probe13Want{{"Reyes", "I feel good", "2026-03-04"}}},
		{"Reyes, who scored twice, said he felt good.", []probe13Want{{"Reyes", "he felt good", "2026-03-04"}}},
		{"The study found that the drug cut the risk of death by a third.", []probe13Want{{"study", "the drug cut the risk of death by a third", "2026-03-04"}}},
		{"The drug cut the risk of death by a third, the study found.", []probe13Want{{"study", "The drug cut the risk of death by a third", "2026-03-04"}}},
		{"Researchers wrote in the journal Nature that the drug cut the risk of death by a third.", []probe13Want{{"Researchers", "the drug cut the risk of death by a third", "2026-03-04"}}},
		{"“The results are encouraging,” the researchers wrote in the journal Nature.", []probe13Want{{"researchers", "The results are encouraging", "2026-03-04"}}},
		{"The authors cautioned that the study was small.", []probe13Want{{"authors", "the study was small", "2026-03-04"}}},
		{"The authors cautioned that the study was small and that more research was needed.", []probe13Want{{"authors", "the study was small and that more research was needed", "2026-03-04"}}},
		{"“More research is needed,” said Dr. Helen Park, who was not involved in the study.", []probe13Want{{"Helen Park", "More research is needed", "2026-03-04"}}},
		{"Dr. Helen Park, who was not involved in the study, said the results were encouraging.", []probe13Want{{"Helen Park", "the results were encouraging", "2026-03-04"}}},
		{"The report, published in The Lancet, found that air pollution killed 7 million people a year.", []probe13Want{{"report", "air pollution killed 7 million people a year", "2026-03-04"}}},
		{"According to the study, air pollution kills 7 million people a year.", []probe13Want{{"study", "air pollution kills 7 million people a year", "2026-03-04"}}},
		{"The researchers found that the drug cut the risk of death by a third.", []probe13Want{{"researchers", "the drug cut the risk of death by a third", "2026-03-04"}}},
		{"The Centers for Disease Control and Prevention said on Tuesday that flu cases were rising.", []probe13Want{{"Centers for Disease Control and Prevention", "flu cases were rising", "2026-03-03"}}},
		{"A ministry statement said the talks had been constructive.", []probe13Want{{"ministry statement", "the talks had been constructive", "2026-03-04"}}},
		{"The talks were constructive, a ministry statement said.", []probe13Want{{"ministry statement", "The talks were constructive", "2026-03-04"}}},
		{"The Foreign Ministry said in a statement that the talks had been constructive.", []probe13Want{{"Foreign Ministry", "the talks had been constructive", "2026-03-04"}}},
		{"State media reported that the leader had visited a missile factory.", []probe13Want{{"State media", "the leader had visited a missile factory", "2026-03-04"}}},
		{"The leader visited a missile factory, state media reported.", []probe13Want{{"state media", "The leader visited a missile factory", "2026-03-04"}}},
		{"According to a readout of the call, the two leaders agreed to keep talking.", []probe13Want{{"readout", "the two leaders agreed to keep talking", "2026-03-04"}}},
		{"The two leaders agreed to keep talking, according to a White House readout of the call.", []probe13Want{{"readout", "The two leaders agreed to keep talking", "2026-03-04"}}},
		{"Foreign Ministry spokesman Wang Lei told a regular briefing that China opposed the sanctions.", []probe13Want{{"Wang Lei", "China opposed the sanctions", "2026-03-04"}}},
		{"“China firmly opposes the sanctions,” Foreign Ministry spokesman Wang Lei told a regular news briefing.", []probe13Want{{"Wang Lei", "China firmly opposes the sanctions", "2026-03-04"}}},
		{"China opposes the sanctions, Foreign Ministry spokesman Wang Lei told a regular briefing in Beijing on Tuesday.", []probe13Want{{"Wang Lei", "China opposes the sanctions", "2026-03-03"}}},
		{"The Kremlin said the meeting would take place next week.", []probe13Want{{"Kremlin", "the meeting would take place next week", "2026-03-04"}}},
		{"Kremlin spokesman Dmitry Peskov told reporters the meeting would take place next week.", []probe13Want{{"Dmitry Peskov", "the meeting would take place next week", "2026-03-04"}}},
		{"The meeting will take place next week, Kremlin spokesman Dmitry Peskov told reporters.", []probe13Want{{"Dmitry Peskov", "The meeting will take place next week", "2026-03-04"}}},
		{"Iran’s foreign minister said on Monday that Tehran was ready to resume talks.", []probe13Want{{"Iran’s foreign minister", "Tehran was ready to resume talks", "2026-03-02"}}},
		{"Tehran is ready to resume talks, Iran’s foreign minister said on Monday.", []probe13Want{{"Iran’s foreign minister", "Tehran is ready to resume talks", "2026-03-02"}}},
		{"The Interior Ministry said 12 people had been killed.", []probe13Want{{"Interior Ministry", "12 people had been killed", "2026-03-04"}}},
		{"Twelve people were killed, the Interior Ministry said.", []probe13Want{{"Interior Ministry", "Twelve people were killed", "2026-03-04"}}},
		{"BEIJING (Reuters) - China said on Tuesday it would retaliate against the tariffs.", []probe13Want{{"China", "it would retaliate against the tariffs", "2026-03-03"}}},
		{"Lopez wrote on X that the vote had been rigged.", []probe13Want{{"Lopez", "the vote had been rigged", "2026-03-04"}}},
		{"“The vote was rigged,” Lopez wrote on X.", []probe13Want{{"Lopez", "The vote was rigged", "2026-03-04"}}},
		{"Lopez posted on Instagram that she was taking a break.", []probe13Want{{"Lopez", "she was taking a break", "2026-03-04"}}},
		{"“I need a break,” Lopez wrote in an Instagram post.", []probe13Want{{"Lopez", "I need a break", "2026-03-04"}}},
		{"In a video posted to YouTube, Lopez said she would not resign.", []probe13Want{{"Lopez", "she would not resign", "2026-03-04"}}},
		{"Lopez said in a video posted to social media that she would not resign.", []probe13Want{{"Lopez", "she would not resign", "2026-03-04"}}},
		{"“I will not resign,” Lopez said in a video posted on Facebook on Monday.", []probe13Want{{"Lopez", "I will not resign", "2026-03-02"}}},
		{"Lopez tweeted on Monday that the vote had been rigged.", []probe13Want{{"Lopez", "the vote had been rigged", "2026-03-02"}}},
		{"The vote was rigged, Lopez wrote on X on Monday.", []probe13Want{{"Lopez", "The vote was rigged", "2026-03-02"}}},
		{"In a post on X, Lopez said the vote had been rigged.", []probe13Want{{"Lopez", "the vote had been rigged", "2026-03-04"}}},
		{"Lopez told the BBC in an interview aired Sunday that she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-01"}}},
		{"“I will run again,” Lopez told the BBC in an interview aired Sunday.", []probe13Want{{"Lopez", "I will run again", "2026-03-01"}}},
		{"In an interview with CNN, Lopez said she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-04"}}},
		{"Lopez said in an interview with The New York Times that she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-04"}}},
		{"Speaking to the BBC on Sunday, Lopez said she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-01"}}},
		{"Lopez told Fox News in an interview on Monday that she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-02"}}},
		{"Lopez’s remarks came after the governor said he would veto the bill.", []probe13Want{{"governor", "he would veto the bill", "2026-03-04"}}},
		{"Acme did not immediately respond to a request for comment.", []probe13Want{}},
		{"A spokeswoman for Acme did not immediately respond to a request for comment.", []probe13Want{}},
		{"Acme declined to comment.", []probe13Want{}},
		{"A spokesman for the ministry declined to comment on the report.", []probe13Want{}},
		{"Acme confirmed the report.", []probe13Want{}},
		{"Asked about the strike, Lopez said she hoped it would end soon.", []probe13Want{{"Lopez", "she hoped it would end soon", "2026-03-04"}}},
		{"Asked whether she would run again, Lopez said she had not decided.", []probe13Want{{"Lopez", "she had not decided", "2026-03-04"}}},
		{"When asked about the strike, Lopez said: “I hope it ends soon.”", []probe13Want{{"Lopez", "I hope it ends soon.", "2026-03-04"}}},
		{"In a statement, Lopez said she was disappointed by the ruling.", []probe13Want{{"Lopez", "she was disappointed by the ruling", "2026-03-04"}}},
		{"In a statement on Tuesday, the ministry said the talks had failed.", []probe13Want{{"ministry", "the talks had failed", "2026-03-03"}}},
		{"A senior official, speaking on condition of anonymity, said the talks had failed.", []probe13Want{{"senior official", "the talks had failed", "2026-03-04"}}},
		{"The talks failed, said a senior official who spoke on condition of anonymity.", []probe13Want{{"senior official", "The talks failed", "2026-03-04"}}},
		{"An official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks had failed.", []probe13Want{{"official", "the talks had failed", "2026-03-04"}}},
		{"The talks failed, a senior official said, speaking on condition of anonymity.", []probe13Want{{"senior official", "The talks failed", "2026-03-04"}}},
		{"Two diplomats said the talks had failed.", []probe13Want{{"diplomats", "the talks had failed", "2026-03-04"}}},
		{"Lopez confirmed that she would run again.", []probe13Want{{"Lopez", "she would run again", "2026-03-04"}}},
		{"Acme confirmed on Monday that it had received a takeover offer.", []probe13Want{{"Acme", "it had received a takeover offer", "2026-03-02"}}},
		{"Lopez denied that she had broken the law.", []probe13Want{{"Lopez", "she had broken the law", "2026-03-04"}}},
		{"Lopez denied the allegations.", []probe13Want{}},
		{"Lopez did not respond to messages seeking comment.", []probe13Want{}},
		{"Lopez, who declined to comment, is expected to run again.", []probe13Want{}},
		{"“We have to be better,” Webb told reporters. “That was not good enough.”", []probe13Want{{"Webb", "We have to be better", "2026-03-04"}, {"Webb", "That was not good enough.", "2026-03-04"}}},
		{"Webb, whose team lost 3-0, said the players were tired.", []probe13Want{{"Webb", "the players were tired", "2026-03-04"}}},
		{"The players were tired, Webb said, adding that he would make changes.", []probe13Want{{"Webb", "The players were tired", "2026-03-04"}, {"Webb", "he would make changes", "2026-03-04"}}},
		{"“It’s a big win for us,” said Reyes, 24. “We needed it.”", []probe13Want{{"Reyes", "It’s a big win for us", "2026-03-04"}, {"Reyes", "We needed it.", "2026-03-04"}}},
		{"Reyes, 24, told ESPN that he wanted to stay in Boston.", []probe13Want{{"Reyes", "he wanted to stay in Boston", "2026-03-04"}}},
		{"“I want to stay,” Reyes told ESPN on Monday.", []probe13Want{{"Reyes", "I want to stay", "2026-03-02"}}},
		{"Webb praised Reyes, saying he had been the best player on the field.", []probe13Want{{"Webb", "he had been the best player on the field", "2026-03-04"}}},
		{"Webb said Reyes “was the best player on the field.”", []probe13Want{{"Webb", "Reyes “was the best player on the field.”", "2026-03-04"}}},
		{"The league said in a statement that it was investigating the incident.", []probe13Want{{"league", "it was investigating the incident", "2026-03-04"}}},
		{"The NFL said Tuesday it had suspended Reyes for four games.", []probe13Want{{"NFL", "it had suspended Reyes for four games", "2026-03-03"}}},
		{"Reyes was suspended for four games, the league announced Tuesday.", []probe13Want{{"league", "Reyes was suspended for four games", "2026-03-03"}}},
		{"The study, which followed 10,000 patients for five years, found that the drug was safe.", []probe13Want{{"study", "the drug was safe", "2026-03-04"}}},
		{"“This is a landmark study,” said Dr. Helen Park, a cardiologist at Johns Hopkins University who led the research.", []probe13Want{{"Helen Park", "This is a landmark study", "2026-03-04"}}},
		{"The vaccine was 90 percent effective, the company said, citing early data.", []probe13Want{{"company", "The vaccine was 90 percent effective", "2026-03-04"}}},
		{"The World Health Organization warned on Monday that the outbreak could spread.", []probe13Want{{"World Health Organization", "the outbreak could spread", "2026-03-02"}}},
		{"The outbreak could spread, the World Health Organization warned on Monday.", []probe13Want{{"World Health Organization", "The outbreak could spread", "2026-03-02"}}},
		{"The researchers cautioned that the findings had not been peer reviewed.", []probe13Want{{"researchers", "the findings had not been peer reviewed", "2026-03-04"}}},
		{"The authors noted that the study had several limitations.", []probe13Want{{"authors", "the study had several limitations", "2026-03-04"}}},
		{"The authors wrote that the results should be interpreted with caution.", []probe13Want{{"authors", "the results should be interpreted with caution", "2026-03-04"}}},
		{"The study’s lead author, Dr. Helen Park, said the results were surprising.", []probe13Want{{"Helen Park", "the results were surprising", "2026-03-04"}}},
		{"“We were surprised,” said the study’s lead author, Dr. Helen Park.", []probe13Want{{"Helen Park", "We were surprised", "2026-03-04"}}},
		{"The Ministry of Foreign Affairs said in a statement that the ambassador had been summoned.", []probe13Want{{"Ministry of Foreign Affairs", "the ambassador had been summoned", "2026-03-04"}}},
		{"The ambassador was summoned, the Ministry of Foreign Affairs said in a statement.", []probe13Want{{"Ministry of Foreign Affairs", "The ambassador was summoned", "2026-03-04"}}},
		{"The National Oceanic and Atmospheric Administration said the storm would strengthen.", []probe13Want{{"National Oceanic and Atmospheric Administration", "the storm would strengthen", "2026-03-04"}}},
		{"The storm will strengthen, the National Oceanic and Atmospheric Administration said.", []probe13Want{{"National Oceanic and Atmospheric Administration", "The storm will strengthen", "2026-03-04"}}},
		{"The Bureau of Alcohol, Tobacco, Firearms and Explosives said the fire was deliberately set.", []probe13Want{{"Bureau of Alcohol, Tobacco, Firearms and Explosives", "the fire was deliberately set", "2026-03-04"}}},
		{"The Centers for Disease Control and Prevention said flu cases were rising.", []probe13Want{{"Centers for Disease Control and Prevention", "flu cases were rising", "2026-03-04"}}},
		{"Flu cases are rising, the Centers for Disease Control and Prevention said.", []probe13Want{{"Centers for Disease Control and Prevention", "Flu cases are rising", "2026-03-04"}}},
		{"Acme declined to comment on the lawsuit.", []probe13Want{}},
		{"Acme said it does not comment on pending litigation.", []probe13Want{{"Acme", "it does not comment on pending litigation", "2026-03-04"}}},
		{"Acme did not return a request for comment.", []probe13Want{}},
		{"Police said they had arrested a 34-year-old man.", []probe13Want{{"Police", "they had arrested a 34-year-old man", "2026-03-04"}}},
		{"The judge ruled that the evidence could be used at trial.", []probe13Want{{"judge", "the evidence could be used at trial", "2026-03-04"}}},
		{"The court found that the company had broken the law.", []probe13Want{{"court", "the company had broken the law", "2026-03-04"}}},
		{"The ruling said the company had broken the law.", []probe13Want{{"ruling", "the company had broken the law", "2026-03-04"}}},
		{"The lawsuit alleges that Acme misled investors.", []probe13Want{{"lawsuit", "Acme misled investors", "2026-03-04"}}},
		{"Acme misled investors, the lawsuit alleges.", []probe13Want{{"lawsuit", "Acme misled investors", "2026-03-04"}}},
		{"Acme misled investors, according to the lawsuit, which was filed on Monday.", []probe13Want{{"lawsuit", "Acme misled investors", "2026-03-04"}}},
		{"Acme misled investors, the plaintiffs alleged in the lawsuit.", []probe13Want{{"plaintiffs", "Acme misled investors", "2026-03-04"}}},
		{"Prosecutors say Aske stole $2 million.", []probe13Want{{"Prosecutors", "Aske stole $2 million", "2026-03-04"}}},
		{"Aske’s lawyers have argued that the search was illegal.", []probe13Want{{"Aske’s lawyers", "the search was illegal", ""}}},
		{"The prosecutor told the jury that Aske had lied repeatedly.", []probe13Want{{"prosecutor", "Aske had lied repeatedly", "2026-03-04"}}},
		{"“He lied to you,” the prosecutor told the jury.", []probe13Want{{"prosecutor", "He lied to you", "2026-03-04"}}},
		{"Aske acted in self-defense, his lawyer said.", []probe13Want{{"lawyer", "Aske acted in self-defense", "2026-03-04"}}},
		{"Aske acted in self-defense, his lawyer argued.", []probe13Want{{"lawyer", "Aske acted in self-defense", "2026-03-04"}}},
		{"The prosecution argued that Aske had planned the attack.", []probe13Want{{"prosecution", "Aske had planned the attack", "2026-03-04"}}},
		{"According to a statement from the ministry, the talks failed.", []probe13Want{{"ministry", "the talks failed", "2026-03-04"}}},
		{"According to a readout from the White House, the two leaders spoke for an hour.", []probe13Want{{"White House", "the two leaders spoke for an hour", "2026-03-04"}}},
		{"According to a transcript of the call, Lopez asked for help.", []probe13Want{{"transcript", "Lopez asked for help", "2026-03-04"}}},
		{"A readout of the call said the two leaders had agreed to keep talking.", []probe13Want{{"readout", "the two leaders had agreed to keep talking", "2026-03-04"}}},
		{"State television reported that the president had resigned.", []probe13Want{{"State television", "the president had resigned", "2026-03-04"}}},
		{"The president resigned, state media said.", []probe13Want{{"state media", "The president resigned", "2026-03-04"}}},
		{"The president resigned, the official news agency reported.", []probe13Want{{"official news agency", "The president resigned", "2026-03-04"}}},
		{"The president resigned, Reuters reported.", []probe13Want{{"Reuters", "The president resigned", "2026-03-04"}}},
		{"The president has resigned, The Wall Street Journal reported on Monday, citing people familiar with the matter.", []probe13Want{{"Wall Street Journal", "The president has resigned", "2026-03-02"}}},
		{"According to a readout, Lopez asked for help.", []probe13Want{{"readout", "Lopez asked for help", "2026-03-04"}}},
		{"According to a readout of the meeting, Lopez asked for help.", []probe13Want{{"readout", "Lopez asked for help", "2026-03-04"}}},
		{"According to a summary of the call, Lopez asked for help.", []probe13Want{{"summary", "Lopez asked for help", "2026-03-04"}}},
		{"Lopez asked for help, according to a summary of the call.", []probe13Want{{"summary", "Lopez asked for help", "2026-03-04"}}},
		{"The leader visited a factory, the media reported.", []probe13Want{{"media", "The leader visited a factory", "2026-03-04"}}},
		{"The leader visited a factory, the state broadcaster said.", []probe13Want{{"state broadcaster", "The leader visited a factory", "2026-03-04"}}},
		{"The leader visited a factory, local newspapers reported.", []probe13Want{{"local newspapers", "The leader visited a factory", "2026-03-04"}}},
		{"The Center for Disease Control and Prevention said flu cases were rising.", []probe13Want{{"Center for Disease Control and Prevention", "flu cases were rising", "2026-03-04"}}},
		{"The Centers for Disease Control said flu cases were rising.", []probe13Want{{"Centers for Disease Control", "flu cases were rising", "2026-03-04"}}},
		{"The Institute for Science and Technology said flu cases were rising.", []probe13Want{{"Institute for Science and Technology", "flu cases were rising", "2026-03-04"}}},
		{"The Office of Management and Budget said flu cases were rising.", []probe13Want{{"Office of Management and Budget", "flu cases were rising", "2026-03-04"}}},
		{"Chief Justice Ruth Hale, writing for the majority, said the ban went too far.", []probe13Want{{"Ruth Hale", "the ban went too far", "2026-03-04"}}},
		{"Writing for the majority, Ruth Hale said the ban went too far.", []probe13Want{{"Ruth Hale", "the ban went too far", "2026-03-04"}}},
		{"The senator, speaking on behalf of the family, told reporters the search would go on.", []probe13Want{{"senator", "the search would go on", "2026-03-04"}}},
		{"Ruth Hale, speaking at a rally, said the ban went too far.", []probe13Want{{"Ruth Hale", "the ban went too far", "2026-03-04"}}},
		{"Ruth Hale, writing in the journal Nature, said the ban went too far.", []probe13Want{{"Ruth Hale", "the ban went too far", "2026-03-04"}}},
		{"The ministry confirmed the deaths.", []probe13Want{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := clipping("The council met.\n\n"+tt.text, "2026-03-04", false)
			got := extract.Statements(c)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d statements, want %d:%s", len(got), len(tt.want), dump(got))
			}
			for _, w := range tt.want {
				if !probe13Has(got, w) {
					t.Errorf("no statement %+v in:%s", w, dump(got))
				}
			}
		})
	}
}

// probe13Has reports whether got holds a statement of w's speaker, whole
// content and day.
func probe13Has(got []digest.Statement, w probe13Want) bool {
	for _, s := range got {
		if s.Speaker == w.speaker && s.Content == w.content && s.SaidOn == w.saidOn && (w.saidOn != "" || s.SaidOnPrecision == digest.PrecisionUnknown) {
			return true
		}
	}
	return false
}
