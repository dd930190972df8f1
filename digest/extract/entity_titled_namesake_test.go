package extract_test

import "testing"

// TestTitledNamesake checks that a title before a bare surname that
// several people of the clipping bear goes to none of them unless one
// holds the role: "President Lind" beside Ray and Tom Lind.
func TestTitledNamesake(t *testing.T) {
	text := "Ray Lind campaigned on Monday with his older brother, Tom Lind, in Columbia.\n\n" +
		"Critics have attacked President Lind's record on trade.\n\n" +
		"“We kept the country safe,” the former president told the crowd.\n\n" +
		"“I am ready for the job,” Ray Lind said."
	runSpeakers(t, []speakerCase{
		{
			name:    "the former president is not the first namesake",
			text:    text,
			content: "We kept the country safe",
			speaker: "Lind",
			title:   "President",
			rules:   true,
		},
		{
			name:    "the first namesake is given no title",
			text:    text,
			content: "I am ready for the job",
			speaker: "Ray Lind",
			title:   "-",
			rules:   true,
		},
		{
			name: "one namesake holding the role takes it",
			text: "Gov. Ray Lind toured the mill on Monday with his brother, Tom Lind.\n\n" +
				"Critics have attacked Gov. Lind's record on trade.\n\n" +
				"“We kept the mill open,” Ray Lind said.",
			content: "We kept the mill open",
			speaker: "Ray Lind",
			title:   "Gov.",
			rules:   true,
		},
		{
			name: "the titled surname joins the one holding the role, whom the role then names",
			text: "Gov. Ray Lind toured the mill on Monday with his brother, Tom Lind.\n\n" +
				"Critics have attacked Gov. Lind's record on trade.\n\n" +
				"“We kept the mill open,” the governor said.",
			content: "We kept the mill open",
			speaker: "Ray Lind",
			title:   "Gov.",
			rules:   true,
		},
		{
			name: "a titled surname speaking goes to the namesake holding the role, not the one named last",
			text: "Gov. Ray Lind toured the mill on Monday with his brother, Tom Lind, a farmer.\n\n" +
				"Tom Lind said the roads were bad. “We need more money,” Gov. Lind said.",
			content: "We need more money",
			speaker: "Ray Lind",
			title:   "Gov.",
			rules:   true,
		},
	})
}
