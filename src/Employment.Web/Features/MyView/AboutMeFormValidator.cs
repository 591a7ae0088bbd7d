using FluentValidation;

namespace Employment.Web.Features.MyView;

public sealed class AboutMeAnswerValidator : AbstractValidator<AboutMeAnswer>
{
    public AboutMeAnswerValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.Form.WhatToChange)
            .MaximumLength(500).WithMessage("Your words are too long. Use 500 letters or fewer.");

        // Neither button pressed: the message sits by the only field on the page.
        RuleFor(a => a.Answer)
            .Must(answer => answer is "right" or "change").WithMessage("Press \"This is right\" or \"I want to change this\"")
            .OverridePropertyName("Form." + nameof(AboutMeForm.WhatToChange));
    }
}
