package extract_test

import "testing"

// TestLines14 holds made-up clippings whose lines read wrong before
// lines14, with neighbouring forms that guard them. Published on
// Wednesday 2026-03-04 (runProbes).
func TestLines14(t *testing.T) {
	runProbes(t, []probe{
		// a future act is no saying
		{"The administration will announce a new strategy next week.", []probeWant{}},
		{"The company is expected to announce its results on Thursday.", []probeWant{}},
		{"The ministry plans to announce the new rules next month.", []probeWant{}},
		{"The ministry announced the new rules on Monday.", []probeWant{{"ministry", "the new rules", "2026-03-02"}}},
		// the inner statement's own date
		{"The governor announced a hiring freeze on Friday, aides said.", []probeWant{{"governor", "a hiring freeze", "2026-02-27"}, {"aides", "The governor announced a hiring freeze on Friday", "2026-03-04"}}},
		{"The minister denied the report on Monday, his office said.", []probeWant{{"minister", "the report", "2026-03-02"}, {"office", "The minister denied the report on Monday", "2026-03-04"}}},
		// where a content starts and what is owned
		{"Smith said the talks had failed, and the union will strike, its leaders said.", []probeWant{{"Smith", "the talks had failed", "2026-03-04"}, {"leaders", "the union will strike", "2026-03-04"}}},
		{"The administration will announce a new strategy next week, officials said, and it will include new troops.", []probeWant{{"officials", "The administration will announce a new strategy next week … it will include new troops", "2026-03-04"}}},
		{"The minister denied the report on Monday, officials said, and an inquiry will follow.", []probeWant{{"minister", "the report", "2026-03-02"}, {"officials", "The minister denied the report on Monday … an inquiry will follow", "2026-03-04"}}},
		{"The army crossed the river, officials said, and the rebels said they had retreated.", []probeWant{{"officials", "The army crossed the river", "2026-03-04"}, {"rebels", "they had retreated", "2026-03-04"}}},
		{"Smith, prosecutors alleged, stole $2 million from the fund.", []probeWant{{"prosecutors", "Smith … stole $2 million from the fund", "2026-03-04"}}},
		// dates and content starts after the cue
		{"Ann Lee said by phone from Kyiv on Monday that the city was calm.", []probeWant{{"Ann Lee", "the city was calm", "2026-03-02"}}},
		{"Ann Lee said back in 2019 that the port would close.", []probeWant{{"Ann Lee", "the port would close", "2019"}}},
		{"Ann Lee said on the sidelines of the summit on Friday that the deal was near.", []probeWant{{"Ann Lee", "the deal was near", "2026-02-27"}}},
		{"Ann Lee, elected mayor on Sunday, said the budget would be cut.", []probeWant{{"Ann Lee", "the budget would be cut", "2026-03-04"}}},
		{"When the polls closed on Tuesday, Ann Lee said the result was clear.", []probeWant{{"Ann Lee", "the result was clear", "2026-03-03"}}},
		// a relative clause's statement ends before the sentence's verb
		{"The rumors that Ann Lee said were false spread online within hours.", []probeWant{{"Ann Lee", "were false", "2026-03-04"}}},
		{"The video that Ann Lee said was fake went viral.", []probeWant{{"Ann Lee", "was fake", "2026-03-04"}}},
		{"The voters that Ann Lee called “deplorable” turned out anyway.", []probeWant{{"Ann Lee", "deplorable", "2026-03-04"}}},
		{"The rules that Ann Lee called “unfair” took effect on Monday.", []probeWant{{"Ann Lee", "unfair", "2026-03-04"}}},
		{"The party signed an arrangement the Sanders campaign has criticized.", []probeWant{}},
		// neighbours: wire copy, courts, business, diplomacy
		{"The central bank will announce its rate decision on Thursday.", []probeWant{}},
		{"The ministry could confirm the deaths on Monday.", []probeWant{}},
		{"The company will report quarterly earnings next week.", []probeWant{}},
		{"The minister will deny the allegations, his spokesman said.", []probeWant{{"spokesman", "The minister will deny the allegations", "2026-03-04"}}},
		{"Lee will unveil the budget on Monday, aides said.", []probeWant{{"aides", "Lee will unveil the budget on Monday", "2026-03-04"}}},
		{"The bank confirmed the merger on Tuesday, people familiar with the deal said.", []probeWant{{"bank", "the merger", "2026-03-03"}, {"people familiar with the deal", "The bank confirmed the merger on Tuesday", "2026-03-04"}}},
		{"The embassy denied the report on Sunday, a diplomat said.", []probeWant{{"embassy", "the report", "2026-03-01"}, {"diplomat", "The embassy denied the report on Sunday", "2026-03-04"}}},
		{"The governor said on Sunday that she would sign the bill, her office said.", []probeWant{{"governor", "she would sign the bill", "2026-03-01"}, {"office", "The governor said on Sunday that she would sign the bill", "2026-03-04"}}},
		{"Reed, the filing alleged, hid the losses from auditors.", []probeWant{{"filing", "Reed … hid the losses from auditors", "2026-03-04"}}},
		{"Acme, analysts said, missed its targets again.", []probeWant{{"analysts", "Acme … missed its targets again", "2026-03-04"}}},
		{"The defendant, prosecutors said, fled the country in 2019.", []probeWant{{"prosecutors", "The defendant … fled the country in 2019", "2026-03-04"}}},
		{"Smith, the indictment alleged, bribed two officials.", []probeWant{{"indictment", "Smith … bribed two officials", "2026-03-04"}}},
		{"The plan, officials said, will cost $5 billion.", []probeWant{{"officials", "The plan … will cost $5 billion", "2026-03-04"}}},
		{"Prices rose sharply, and the bank will raise rates, economists said.", []probeWant{{"economists", "Prices rose sharply, and the bank will raise rates", "2026-03-04"}}},
		{"The minister said again on Friday that the border would stay closed.", []probeWant{{"minister", "the border would stay closed", "2026-02-27"}}},
		{"Lee said later on Monday that the vote would go ahead.", []probeWant{{"Lee", "the vote would go ahead", "2026-03-02"}}},
		{"The CEO said on a call with analysts on Tuesday that demand was strong.", []probeWant{{"CEO", "demand was strong", "2026-03-03"}}},
		{"The judge ruled again on Monday that the law was valid.", []probeWant{{"judge", "the law was valid", "2026-03-02"}}},
		{"The spokesman told reporters back in 2024 that the plant was safe.", []probeWant{{"spokesman", "the plant was safe", "2024"}}},
		{"The deal that Lee said would fail went through anyway.", []probeWant{{"Lee", "would fail", "2026-03-04"}}},
		{"The emails that the senator said were private became public.", []probeWant{{"senator", "were private", "2026-03-04"}}},
		{"The bill that critics said was rushed passed the Senate.", []probeWant{{"critics", "was rushed", "2026-03-04"}}},
		{"Analysts who said the merger was doomed were wrong.", []probeWant{{"Analysts", "the merger was doomed", "2026-03-04"}}},
		{"The White House will hold a briefing on Friday.", []probeWant{}},
		{"Acme, founded in 1990, said the plant would close.", []probeWant{{"Acme", "the plant would close", "2026-03-04"}}},
		{"As the votes were counted on Sunday, Ann Lee said she was confident.", []probeWant{{"Ann Lee", "she was confident", "2026-03-01"}}},
		{"Ann Lee emailed supporters on Monday, saying the race was close.", []probeWant{{"Ann Lee", "the race was close", "2026-03-02"}}},
		{"As prices rose on Monday, the bank will face a board in which investors say rates must fall.", []probeWant{{"investors", "rates must fall", "2026-03-04"}}},
		{"On Monday, Ann Lee said she would run, according to the newspaper.", []probeWant{{"Ann Lee", "she would run", "2026-03-02"}, {"newspaper", "On Monday, Ann Lee said she would run", "2026-03-04"}}},
	})
}
