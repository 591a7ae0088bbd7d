using Employment.Web.Features.Account;
using Employment.Web.Features.Account.Invitations;
using Employment.Web.Features.Admin.FollowUpPlans;
using Employment.Web.Features.Milestones;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Tests.Units;

/// <summary>Validator rules no page test reaches: one message per field, the same words as the pages show.</summary>
public sealed class CaseworkValidatorTests
{
    [Theory]
    [InlineData("yes", "0.4", "Hours a week must be between 0.5 and 60")]
    [InlineData("no", "61", "Hours a week must be between 0.5 and 60")]
    [InlineData("yes", null, "Enter how many hours a week Sam works now")]
    public async Task EmploymentCheck_Hours(string answer, string? hours, string message)
    {
        var form = new EmploymentCheckForm { StillWorking = answer, HoursNow = hours is null ? null : decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) };
        var result = await new EmploymentCheckFormValidator().ValidateAsync(FormValidation.With(form, "Sam"));
        Assert.Equal([("HoursNow", message)], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public async Task EmploymentCheck_NoNeedForHoursWhenNo() =>
        Assert.True((await new EmploymentCheckFormValidator().ValidateAsync(FormValidation.With(new EmploymentCheckForm { StillWorking = "no" }, "Sam"))).IsValid);

    [Theory]
    [InlineData(null, null, "Password", "Enter a password")]
    [InlineData("a long password", null, "ConfirmPassword", "Confirm your password")]
    [InlineData("a long password", "another password", "ConfirmPassword", "The passwords do not match")]
    public async Task AcceptInvite(string? password, string? confirm, string field, string message)
    {
        var result = await new AcceptInviteFormValidator().ValidateAsync(new AcceptInviteForm { Password = password, ConfirmPassword = confirm });
        Assert.Contains((field, message), result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Single(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public async Task SignIn_EmailInTheWrongFormat()
    {
        var result = await new SignInFormValidator().ValidateAsync(new SignInForm { Email = "name.example.com", Password = "x" });
        Assert.Equal([("Email", "Enter an email address in the correct format, like name@example.com")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Theory]
    [InlineData("", "52", "8", "CheckInWeeks", "Enter the weeks of the early check-ins, like 1, 2, 4")]
    [InlineData("1, two, 4", "52", "8", "CheckInWeeks", "Enter the weeks as whole numbers separated by commas, like 1, 2, 4")]
    [InlineData("1, 2, 4", "52", "", "InternshipPromptWeeksBeforeEnd", "Enter how many weeks before an internship ends to plan the move into paid work")]
    [InlineData("1, 2, 4", "52", "eight", "InternshipPromptWeeksBeforeEnd", "Weeks before an internship ends must be a whole number, like 8")]
    [InlineData(",", "52", "8", "CheckInWeeks", "Enter at least one early check-in week, like 1, 2, 4")]
    [InlineData("4, 2", "52", "8", "CheckInWeeks", "Put the check-in weeks in order, each later than the one before, like 1, 2, 4")]
    public async Task FollowUpPlan(string weeks, string monthly, string prompt, string field, string message)
    {
        var result = await new FollowUpPlanFormValidator().ValidateAsync(new FollowUpPlanForm { CheckInWeeks = weeks, MonthlyUntilWeek = monthly, InternshipPromptWeeksBeforeEnd = prompt });
        Assert.Equal([(field, message)], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}
