using Employment.Core.Referrals;
using FluentValidation;

namespace Employment.Web.Features.Referrals.Intake;

/// <summary>The team's question to the referrer.</summary>
public sealed class QuestionForm
{
    public string? Text { get; set; }
}

/// <summary>Why the team declines the referral: the referrer reads it.</summary>
public sealed class DeclineForm
{
    public string? Reason { get; set; }
}

public sealed class QuestionFormValidator : AbstractValidator<QuestionForm>
{
    public QuestionFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Text)
            .NotEmpty().WithMessage("Enter what you need to know from the referrer")
            .MaximumLength(ReferralLimits.LongText).WithMessage($"The question must be {ReferralLimits.LongText} characters or fewer");
    }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Reason)
            .NotEmpty().WithMessage("Enter why the team cannot take the referral")
            .MaximumLength(ReferralLimits.LongText).WithMessage($"The reason must be {ReferralLimits.LongText} characters or fewer");
    }
}
