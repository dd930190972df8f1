package extract_test

import "testing"

// TestLines13 holds made-up clippings whose lines read wrong before the
// fifteenth round (lines13), with neighbouring forms that guard them:
// a cue inside a reported clause that the attribution ending the
// sentence owns ("The administration will announce ..., officials
// said": the officials speak, and a "will announce" is no statement
// made), rulings ("The court ruled that ...", "the panel held that
// ..."), "alleged" with a bare clause, the date after an object ("confirmed
// the deaths on Tuesday"), and a description of the speaker before a
// colon and a quotation ("Governor Tom Aske was blunt: “...”"), and a
// medium after an object ("confirmed the layoffs in a statement").
// Published on Wednesday 2026-03-04 (runProbes).
func TestLines13(t *testing.T) {
	runProbes(t, []probe{
		// the attribution at the end owns the clause and its cue
		{"The administration will announce a new strategy next week, officials said.", []probeWant{{"officials", "The administration will announce a new strategy next week", "2026-03-04"}}},
		{"The administration will unveil its plan on Friday, officials said.", []probeWant{{"officials", "The administration will unveil its plan on Friday", "2026-03-04"}}},
		{"The ministry is expected to announce the results on Monday, two diplomats said.", []probeWant{{"two diplomats", "The ministry is expected to announce the results on Monday", "2026-03-04"}}},
		{"The company plans to announce job cuts next month, people familiar with the matter said.", []probeWant{{"people familiar with the matter", "The company plans to announce job cuts next month", "2026-03-04"}}},
		{"The president will tell lawmakers that the war is over, aides said.", []probeWant{{"aides", "The president will tell lawmakers that the war is over", "2026-03-04"}}},
		{"The mayor would confirm the appointment within days, her spokesman said.", []probeWant{{"spokesman", "The mayor would confirm the appointment within days", "2026-03-04"}}},
		{"The prime minister will announce his resignation on Monday, said a senior aide.", []probeWant{{"senior aide", "The prime minister will announce his resignation on Monday", "2026-03-04"}}},
		{"The league will announce the schedule in May, said Tom Aske, a spokesman for the league.", []probeWant{{"Tom Aske", "The league will announce the schedule in May", "2026-03-04"}}},
		{"The board will confirm the merger next week, the company said in a statement.", []probeWant{{"company", "The board will confirm the merger next week", "2026-03-04"}}},
		{"Lee is going to announce her candidacy on Saturday, two people close to her said.", []probeWant{{"two people", "Lee is going to announce her candidacy on Saturday", "2026-03-04"}}},
		{"The administration will announce a new strategy next week, according to officials.", []probeWant{{"officials", "The administration will announce a new strategy next week", "2026-03-04"}}},
		{"The administration will announce a new strategy next week, officials said on Tuesday.", []probeWant{{"officials", "The administration will announce a new strategy next week", "2026-03-03"}}},
		{"The company will announce layoffs in March, a source told the newspaper.", []probeWant{{"source", "The company will announce layoffs in March", "2026-03-04"}}},
		{"The president will urge Congress to act on Monday, the White House said.", []probeWant{{"White House", "The president will urge Congress to act on Monday", "2026-03-04"}}},
		{"The union may announce a strike next week, its president warned.", []probeWant{{"president", "The union may announce a strike next week", "2026-03-04"}}},
		{"The administration will announce a new strategy next week, officials said, adding that the plan would include new troops.", []probeWant{{"officials", "The administration will announce a new strategy next week", "2026-03-04"}, {"officials", "the plan would include new troops", "2026-03-04"}}},
		// a statement made stays, inside the one that reports it
		{"The governor announced a hiring freeze on Friday, aides said.", []probeWant{{"governor", "a hiring freeze", "2026-02-27"}, {"aides", "The governor announced a hiring freeze on Friday", "2026-03-04"}}},
		{"The minister denied the report on Monday, his office said.", []probeWant{{"minister", "the report", "2026-03-02"}, {"office", "The minister denied the report on Monday", "2026-03-04"}}},
		{"Smith said he would announce his decision on Friday, aides said.", []probeWant{{"Smith", "he would announce his decision on Friday", "2026-03-04"}, {"aides", "Smith said he would announce his decision on Friday", "2026-03-04"}}},
		{"Ortiz told the committee he was misled, his lawyer said, adding that he would cooperate.", []probeWant{{"Ortiz", "he was misled", "2026-03-04"}, {"lawyer", "Ortiz told the committee he was misled", "2026-03-04"}, {"lawyer", "he would cooperate", "2026-03-04"}}},
		{"The president told lawmakers the war was over, aides said.", []probeWant{{"president", "the war was over", "2026-03-04"}, {"aides", "The president told lawmakers the war was over", "2026-03-04"}}},
		// rulings
		{"The court ruled that the law was unconstitutional.", []probeWant{{"court", "the law was unconstitutional", "2026-03-04"}}},
		{"A federal judge ruled on Tuesday that the policy violated the law.", []probeWant{{"federal judge", "the policy violated the law", "2026-03-03"}}},
		{"The appeals court held that the statute was valid.", []probeWant{{"appeals court", "the statute was valid", "2026-03-04"}}},
		{"The judge found that the company had broken the law.", []probeWant{{"judge", "the company had broken the law", "2026-03-04"}}},
		{"The law was unconstitutional, the court ruled.", []probeWant{{"court", "The law was unconstitutional", "2026-03-04"}}},
		{"The ban must be lifted, a federal judge ruled on Monday.", []probeWant{{"federal judge", "The ban must be lifted", "2026-03-02"}}},
		{"The judge who ruled in the case said the verdict was fair.", []probeWant{{"judge", "the verdict was fair", "2026-03-04"}}},
		{"The House Rules Committee said the vote would be held on Friday.", []probeWant{{"House Rules Committee", "the vote would be held on Friday", "2026-03-04"}}},
		{"The justices ruled 6-3 that the ban could stand.", []probeWant{{"justices", "the ban could stand", "2026-03-04"}}},
		{"The Supreme Court ruled 7–2 on Monday that the ban could stand.", []probeWant{{"Supreme Court", "the ban could stand", "2026-03-02"}}},
		{"The panel ruled unanimously that the map was drawn unfairly.", []probeWant{{"panel", "the map was drawn unfairly", "2026-03-04"}}},
		{"In a 6-3 decision, the Supreme Court ruled that the ban could stand.", []probeWant{{"Supreme Court", "the ban could stand", "2026-03-04"}}},
		{"Officials said 20 people died.", []probeWant{{"Officials", "20 people died", "2026-03-04"}}},
		{"The court ruled against the city.", []probeWant{}},
		{"The goal was ruled out.", []probeWant{}},
		// "alleged" with a bare clause
		{"Prosecutors alleged Smith stole $2 million.", []probeWant{{"Prosecutors", "Smith stole $2 million", "2026-03-04"}}},
		{"The lawsuit alleges the company hid the defects for years.", []probeWant{{"lawsuit", "the company hid the defects for years", "2026-03-04"}}},
		{"Police alleged the driver had been drinking.", []probeWant{{"Police", "the driver had been drinking", "2026-03-04"}}},
		{"Prosecutors allege he took bribes from contractors.", []probeWant{{"Prosecutors", "he took bribes from contractors", "2026-03-04"}}},
		{"The complaint alleged that Acme misled investors.", []probeWant{{"complaint", "Acme misled investors", "2026-03-04"}}},
		{"The alleged victim said she had been afraid.", []probeWant{{"alleged victim", "she had been afraid", "2026-03-04"}}},
		// the date after an object dates the statement
		{"The ministry confirmed the deaths on Tuesday.", []probeWant{{"ministry", "the deaths", "2026-03-03"}}},
		{"The senator denied the allegations on Monday.", []probeWant{{"senator", "the allegations", "2026-03-02"}}},
		{"The White House announced new sanctions on Friday.", []probeWant{{"White House", "new sanctions", "2026-02-27"}}},
		{"Ann Lee stopped near the bridge, which she said was closed, the video showed.", []probeWant{{"Ann Lee", "was closed", "2026-03-04"}, {"video", "Ann Lee stopped near the bridge, which she said was closed", "2026-03-04"}}},
		{"Ann Lee said the gate was open, which she said was normal, the report showed.", []probeWant{{"Ann Lee", "the gate was open", "2026-03-04"}, {"Ann Lee", "was normal", "2026-03-04"}}},
		{"As this reporter revealed, Aske is not a member of the tribe, according to documents.", []probeWant{{"reporter", "Aske is not a member of the tribe", "2026-03-04"}}},
		{"The company confirmed the layoffs in a statement.", []probeWant{{"company", "the layoffs", "2026-03-04"}}},
		{"Acme denied the report in an interview on Monday.", []probeWant{{"Acme", "the report", "2026-03-02"}}},
		// a description of the speaker, a colon, a quotation
		{"Governor Tom Aske was blunt: “This budget is dead.”", []probeWant{{"Tom Aske", "This budget is dead.", "2026-03-04"}}},
		{"The senator was emphatic: “We will not back down.”", []probeWant{{"senator", "We will not back down.", "2026-03-04"}}},
		{"Mayor Ann Lee was characteristically direct: “Nobody is getting a raise.”", []probeWant{{"Ann Lee", "Nobody is getting a raise.", "2026-03-04"}}},
		{"The coach had a message for his players: “Stop reading the papers.”", []probeWant{{"coach", "Stop reading the papers.", "2026-03-04"}}},
		{"Ann Lee had harsh words for the board: “They failed us.”", []probeWant{{"Ann Lee", "They failed us.", "2026-03-04"}}},
		{"Ms. Lee put it this way: “We are broke.”", []probeWant{{"Lee", "We are broke.", "2026-03-04"}}},
		{"The governor did not mince words: “This budget is dead.”", []probeWant{{"governor", "This budget is dead.", "2026-03-04"}}},
		{"Aske was blunt in his assessment: “This budget is dead.”", []probeWant{{"Aske", "This budget is dead.", "2026-03-04"}}},
		{"Asked about the budget, Aske was blunt: “It is dead.”", []probeWant{{"Aske", "It is dead.", "2026-03-04"}}},
		{"Aske had a simple message: “Pay up.”", []probeWant{{"Aske", "Pay up.", "2026-03-04"}}},
		{"Aske didn’t hold back: “This budget is dead.”", []probeWant{{"Aske", "This budget is dead.", "2026-03-04"}}},
		{"The two leaders were upbeat: “We made progress.”", []probeWant{{"two leaders", "We made progress.", "2026-03-04"}}},
		{"The senator was not amused: “This is a circus.”", []probeWant{{"senator", "This is a circus.", "2026-03-04"}}},
		{"Aske, for his part, was blunt: “This budget is dead.”", []probeWant{{"Aske", "This budget is dead.", "2026-03-04"}}},
		{"Aske’s message was simple: “Pay up.”", []probeWant{{"Aske", "Pay up.", "2026-03-04"}}},
		{"The mayor had a question for the board: “Where did the money go?”", []probeWant{{"mayor", "Where did the money go?", "2026-03-04"}}},
		{"Aske was in a defiant mood: “We will not back down.”", []probeWant{}},
		{"Smith was asked: “Will you resign?”", []probeWant{}},
		{"The result was clear: “We won.”", []probeWant{}},
		{"The mood in the room was tense: “Nobody spoke for an hour.”", []probeWant{}},
	})
}
