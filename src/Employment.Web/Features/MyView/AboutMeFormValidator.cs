using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.MyView;

/// <summary>The button the person pressed on "About me": "right" or "change"; it is the "About me" form's context.</summary>
public sealed record AboutMeButton(string? Answer);

public sealed class AboutMeFormValidator : AbstractValidator<AboutMeForm>
{
    public AboutMeFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        // Neither button pressed: the message sits by the only field on the page.
        RuleFor(f => f.WhatToChange)
            .MaximumLength(500).WithMessage("Your words are too long. Use 500 letters or fewer.")
            .Must((_, _, validation) => validation.FormContext<AboutMeButton>().Answer is "right" or "change")
            .WithMessage("Press \"This is right\" or \"I want to change this\"");
    }
}
