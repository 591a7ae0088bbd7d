using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;
using static Employment.Tests.Matching.MatchExamples;

namespace Employment.Tests.Matching;

public sealed class MatchExplainerTests
{
    private static MatchExplanation Explain(CandidateProfile person, OpportunityFacts opportunity) =>
        MatchExplainer.Explain(Build(person, opportunity), person, opportunity, Cafe, SocHierarchy.FromReference());

    [Fact]
    public void ALongBusJourney_IsABlocker_InPlainEnglish()
    {
        // 11.25 km by public transport: 10 minutes waiting + 45 minutes travelling.
        var explanation = Explain(Sam, KilometresNorth(11.25));

        Assert.Contains("Bus journey about 55 minutes — longer than the 40 minutes Sam can manage", explanation.Blockers);
    }

    [Theory]
    [InlineData(7.6, "Bus journey about 40 minutes — a little longer than the 40 minutes Sam can manage", false)] // 40.4 minutes
    [InlineData(7.4, "Bus journey about 40 minutes — within the 40 minutes Sam can manage", true)] // 39.6 minutes
    public void AJourneyThatRoundsToTheLimit_NeverSaysItIsLongerThanItself(double km, string said, bool isReason)
    {
        var explanation = Explain(Sam, KilometresNorth(km));

        Assert.Contains(said, isReason ? explanation.Reasons : explanation.Blockers);
    }

    [Fact]
    public void AGoodMatch_SaysWhy()
    {
        var explanation = Explain(Sam, KitchenJob);

        Assert.Contains("The kind of work Sam wants most", explanation.Reasons);
        Assert.Contains("Offers an interview to every disabled applicant who meets the essential criteria", explanation.Reasons);
        Assert.Contains("Does not say it offers: quiet workspace", explanation.Blockers);
    }

    [Fact]
    public void AnInternshipSomeoneCannotTake_SaysSo()
    {
        var explanation = Explain(Sam with { HasEhcPlan = false }, KitchenJob with { Kind = OpportunityKind.SupportedInternship, HourlyPay = null });

        Assert.Contains(explanation.Blockers, b => b.StartsWith("Supported internships are for people aged 16 to 24", StringComparison.Ordinal));
    }
}
