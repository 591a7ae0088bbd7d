using Employment.Core.Referrals;
using FluentValidation;

namespace Employment.Web.Features.Referrals.Refer;

/// <summary>The referrer's answer to the team's question.</summary>
public sealed class AnswerForm
{
    public string? Text { get; set; }
}

public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Text)
            .NotEmpty().WithMessage("Enter your answer to the team's question")
            .MaximumLength(ReferralLimits.LongText).WithMessage($"Your answer must be {ReferralLimits.LongText} characters or fewer");
    }
}
