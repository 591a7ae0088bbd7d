using Employment.Core.EhcPlans;
using Employment.Core.EhcPlans.Fields;
using Employment.Tests.EhcPlans.Generated;

namespace Employment.Tests.EhcPlans;

/// <summary>What the plan says, read the way a coach would: negation, whose wish it is, and which section a need is in.</summary>
public sealed class PlanMeaningTests
{
    private static PlanReading Read(params (string Heading, string[] Lines)[] sections)
    {
        var bytes = PlanWriters.Docx(body =>
        {
            body.Append(PlanWriters.Para("Name: Jo Bloggs"), PlanWriters.Para("Home address: 1 High Street, Leicester, LE1 1AA"));
            foreach (var (heading, lines) in sections)
            {
                body.Append(PlanWriters.Para(heading, style: "Heading1"));
                foreach (var line in lines)
                {
                    body.Append(line.StartsWith('#') ? PlanWriters.Para(line[1..], style: "Heading2") : PlanWriters.Para(line));
                }
            }
        });
        var result = GeneratedPlans.Read(bytes, "plan.docx");
        Assert.True(result.Succeeded, result.Problem);
        return result.Reading!;
    }

    private static readonly (string, string[]) NeedsB = ("Section B: Special educational needs", ["Jo has a learning difficulty."]);
    private static readonly (string, string[]) OutcomesE = ("Section E: Outcomes", ["Jo will have a part-time job by July 2026."]);
    private static readonly (string, string[]) ProvisionF = ("Section F: Special educational provision", ["Small-group teaching."]);

    [Theory]
    [InlineData("I don't want to work in a kitchen.")]
    [InlineData("I do not want to work in a kitchen because it is too hot.")]
    [InlineData("I would never want to work in a kitchen.")]
    [InlineData("I wouldn't like to work in a kitchen.")]
    public void AJobTheYoungPersonDoesNotWantIsNotAnInterest(string sentence)
    {
        var reading = Read(("Section A: Views, interests and aspirations", ["#My hopes for the future", sentence, "I want to be a receptionist."]), NeedsB, OutcomesE, ProvisionF);

        Assert.Equal(["4216"], reading.Interests.Select(i => i.UnitGroup));
        Assert.Null(InterestExtractor.Wish(sentence));
        Assert.DoesNotContain(reading.Aspirations, a => a.Value.Contains("kitchen", StringComparison.Ordinal));
    }

    [Fact]
    public void ParentsWishesAreKeptApartFromTheYoungPersons()
    {
        var reading = Read(("Section A: Views, interests and aspirations", [
                "#My hopes and dreams", "When I leave college I would like to be a hairdresser.",
                "#What my parents think", "We would like Jo to be a care worker.", "We think Jo can answer the phone well.",
            ]),
            ("Section B: Special educational needs", ["Jo has a learning difficulty.", "His mum would like him to work in a bakery."]), OutcomesE, ProvisionF);

        Assert.Equal(["6221"], reading.Interests.Select(i => i.UnitGroup));
        Assert.Equal("When I leave college I would like to be a hairdresser.", reading.Interests[0].From.Sentence);
        Assert.DoesNotContain(reading.Skills, s => s.Value == "telephone");
        Assert.All(reading.Aspirations, a => Assert.DoesNotContain("care worker", a.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void AHealthNeedInSectionCOrSupportAtHomeIsNotAWorkplaceNeed()
    {
        var reading = Read(("Section A: Views", ["I like drawing."]), ("Section B: Special educational needs", ["Jo benefits from a quiet place to work."]),
            ("Section C: Health needs", ["The physiotherapist advises regular breaks and step-free access to the clinic.", "A BSL interpreter is booked for family appointments."]),
            ("Section D: Social care needs", ["His parents use a visual timetable at home."]),
            OutcomesE,
            ("Section F: Special educational provision", ["Ear defenders in noisy places.", "At home, a written checklist helps with his morning routine."]));

        Assert.Equal(["noise_reduction", "quiet_workspace"], reading.SupportNeeds.Select(n => n.Value));
        Assert.Equal("Jo benefits from a quiet place to work.", reading.SupportNeeds.Single(n => n.Value == "quiet_workspace").From.Sentence);
    }

    [Fact]
    public void WhatTheYoungPersonCannotYetDoIsNotASkill()
    {
        var reading = Read(("Section A: Views", ["#What I am good at", "I can use a till and handle cash.", "I need help to answer the phone.", "I find it hard to follow instructions."]),
            ("Section B: Special educational needs", ["Jo is able to work as part of a team.", "Jo is not yet able to make sandwiches."]), OutcomesE,
            ("Section F: Special educational provision", ["Staff will help Jo learn to mop floors."]));

        Assert.Equal(["cash_handling", "teamwork"], reading.Skills.Select(s => s.Value));
    }

    [Fact]
    public void OnlySectionEOutcomesAboutWorkAreEmploymentOutcomes()
    {
        var reading = Read(("Section A: Views", ["I like drawing."]), NeedsB,
            ("Section E: Outcomes", ["#Independent living", "Jo will be able to cook a simple meal at home.",
                "#Preparing for adulthood: Employment", "Outcome 2: By July 2026, Jo will have completed a work experience placement in a shop.", "Visit two employers with the tutor"]),
            ProvisionF);

        Assert.Equal(["By July 2026, Jo will have completed a work experience placement in a shop."], reading.EmploymentOutcomes.Select(o => o.Value));
    }

    [Theory]
    [InlineData("3rd March 2025", "2025-03-03")]
    [InlineData("03/03/2025", "2025-03-03")]
    [InlineData("3 Mar 2025", "2025-03-03")]
    [InlineData("March 3, 2025", "2025-03-03")]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("3.3.25", "2025-03-03")]
    [InlineData("Monday 3rd of March 2025", "2025-03-03")]
    [InlineData("March 2025", "2025-03-01")]
    public void DatesAreReadInAnyWrittenFormat(string written, string iso) =>
        Assert.Equal(iso, WrittenDates.First(written)?.ToString("yyyy-MM-dd"));

    [Fact]
    public void TheYoungPersonsPostcodeIsTakenNotTheCouncilsOrAParents()
    {
        var bytes = PlanWriters.Docx(body => body.Append(
            PlanWriters.Para("Case officer: A. Smith, County Hall, Glenfield, Leicester, LE3 8RA"),
            PlanWriters.Para("Parent/carer address: 2 Low Road, Derby, DE1 2AB"),
            PlanWriters.Para("Full name of young person: Sam O'Neill"),
            PlanWriters.Para("Address (including postcode): 5 Mill Lane, Hinckley, LE10 1XY"),
            PlanWriters.Para("Date of draft plan: 1 February 2025"),
            PlanWriters.Para("Date EHC plan issued: 3rd March 2025"),
            PlanWriters.Para("Section A: Views", style: "Heading1"), PlanWriters.Para("I like drawing."),
            PlanWriters.Para("Section B: Needs", style: "Heading1"), PlanWriters.Para("Sam has a learning difficulty."),
            PlanWriters.Para("Section E: Outcomes", style: "Heading1"), PlanWriters.Para("Sam will find a job."),
            PlanWriters.Para("Section F: Provision", style: "Heading1"), PlanWriters.Para("Travel training."),
            PlanWriters.Para("Section I: Placement", style: "Heading1"), PlanWriters.Para("Address: North College, Leicester, LE4 9ZZ")));

        var reading = GeneratedPlans.Read(bytes, "plan.docx").Reading!;

        Assert.Equal("LE10 1XY", reading.Postcode?.Value);
        Assert.Equal(("Sam", "O'Neill"), (reading.GivenName?.Value, reading.FamilyName?.Value));
        Assert.Equal(new DateOnly(2025, 3, 3), reading.PlanIssued?.Value);
    }
}
