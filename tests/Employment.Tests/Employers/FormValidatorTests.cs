using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Employer.Opportunities;
using Employment.Web.Features.Employer.Organisation;
using Employment.Web.Features.Registration;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Employers;

/// <summary>The employer forms' rules that no page test reaches; the validators need no site.</summary>
public sealed class FormValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmployerSite Site = new() { Id = Guid.NewGuid(), Name = "Main shop", Postcode = "LE1 6ZG" };

    [Theory]
    [InlineData("abc", "Hourly pay must be an amount in pounds, like 12.71")]
    [InlineData("0", "Hourly pay must be an amount in pounds, like 12.71")]
    [InlineData("12.715", "Hourly pay must be in pounds and pence, like 12.71")]
    [InlineData("£10,000", "Hourly pay must be less than £10,000 an hour")]
    public async Task Pay_MustBeAnAmountInPoundsAndPence(string pay, string message)
    {
        var form = Valid();
        form.HourlyPay = pay;

        Assert.Equal([("HourlyPay", message)], await ErrorsAsync(form));
    }

    [Fact]
    public async Task LongTitleDescriptionAndPartner_AreRefused()
    {
        var form = Valid();
        form.Title = new string('a', 201);
        form.Description = new string('a', 4001);
        form.StudyProgrammePartner = new string('a', 201);

        Assert.Equal(
            [("Title", "Job title must be 200 characters or fewer"), ("Description", "Description must be 4,000 characters or fewer"),
             ("StudyProgrammePartner", "Study programme partner must be 200 characters or fewer")],
            await ErrorsAsync(form));
    }

    [Fact]
    public async Task OccupationSkillsAndAdjustments_MustComeFromTheLists()
    {
        var form = Valid();
        form.SocCode = "0000";
        form.Skills = ["juggling"];
        form.Adjustments = ["teleport"];

        Assert.Equal(
            [("SocCode", "Select the occupation from the list"), ("Skills", "Select skills from the list"), ("Adjustments", "Select adjustments from the list")],
            await ErrorsAsync(form));
    }

    [Fact]
    public async Task SupportedInternship_NeedsItsLength()
    {
        var form = Valid();
        form.Kind = OpportunityKind.SupportedInternship;
        form.HourlyPay = null;
        form.PayBand = null;
        form.StudyProgrammePartner = "Leicester College";

        Assert.Equal([("InternshipLengthMonths", "Enter how many months the internship lasts, from 6 to 12")], await ErrorsAsync(form));
    }

    [Fact]
    public async Task ReopeningChecksTodaysRulesOnly_NotWhetherEachAnswerWasGiven()
    {
        var form = Valid();
        form.Description = null;
        form.Reopen = true;

        Assert.Empty(await ErrorsAsync(form, new OpportunityFormContext([Site], StoredValues: true)));
        Assert.Equal([("Description", "Describe the opportunity")], await ErrorsAsync(form));
    }

    [Fact]
    public async Task Organisation_LongNameAndSector_AreRefused()
    {
        var form = new OrganisationForm { Name = new string('a', 201), Sector = new string('a', 201), Level = DisabilityConfidentLevel.None };

        var result = await new OrganisationFormValidator(Lists(), TestClock.At(Now)).ValidateAsync(form);

        Assert.Equal(
            [("Name", "Organisation name must be 200 characters or fewer"), ("Sector", "Sector must be 200 characters or fewer")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public async Task Registration_EmailMustLookLikeOne()
    {
        var form = new RegisterOrganisationForm
        {
            OrganisationName = "Acme", Level = DisabilityConfidentLevel.None, FullName = "Ann Smith",
            Email = "ann.example.com", Password = "correct horse", ConfirmPassword = "correct horse",
        };

        var result = await new RegisterOrganisationFormValidator(TestClock.At(Now)).ValidateAsync(form);

        Assert.Equal([("Email", "Enter an email address in the correct format, like name@example.com")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    private static OpportunityForm Valid() => new()
    {
        Kind = OpportunityKind.PaidJob,
        Title = "Kitchen assistant",
        SocCode = "9263",
        Description = "Washing up and preparing vegetables",
        HoursPerWeek = "20",
        HourlyPay = "15.00",
        PayBand = PayBand.Age21AndOver,
        SiteId = Site.Id,
        Skills = ["washing_up"],
        Adjustments = ["quiet_space"],
        InterviewGuaranteed = true,
    };

    private static async Task<IReadOnlyList<(string, string)>> ErrorsAsync(OpportunityForm form, OpportunityFormContext? context = null)
    {
        var validation = FormValidation.With(form, context ?? new OpportunityFormContext([Site]));
        var result = await new OpportunityFormValidator(Lists(), TestClock.At(Now)).ValidateAsync(validation);
        return result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();
    }

    /// <summary>The reference lists, already in memory, so nothing asks the database.</summary>
    private static ReferenceLists Lists()
    {
        var cache = new MemoryCache(new MemoryCacheOptions());
        cache.Set<IReadOnlyList<ReferenceLists.Term>>("soc", [new("9263", "Kitchen and catering assistants (9263)")]);
        cache.Set<IReadOnlyList<ReferenceLists.Term>>("skills", [new("washing_up", "Washing up")]);
        cache.Set<IReadOnlyList<ReferenceLists.Term>>("adjustments", [new("quiet_space", "A quiet space")]);
        return new ReferenceLists(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), cache);
    }
}
