package extract_test

import "testing"

// TestAudienceVehicleIsTheHead: the one told ends before a saying's
// vehicle only when the vehicle's noun heads its phrase ("in an
// interview", "in a video call on Monday"); a noun of a saying that only
// describes another ("in a debate class", "in an email chain") is part
// of a group or a place, which stays with the one told.
func TestAudienceVehicleIsTheHead(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "a class", pub: pub,
			text: "The mayor told students in a debate class that the plan was dead.",
			want: []want{{content: "the plan was dead", audience: "students in a debate class"}}},
		{name: "the vehicle with its date", pub: pub,
			text: "The mayor told reporters in a video message on Monday that the plan was dead.",
			want: []want{{content: "the plan was dead", audience: "reporters"}}},
		{name: "the vehicle released", pub: pub,
			text: "The mayor told residents in a message released Sunday that the plan was dead.",
			want: []want{{content: "the plan was dead", audience: "residents", saidOn: "2026-12-06"}}},
	})
}
