using Employment.Core.Contacts;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Contacts;

/// <summary>What was typed for a note or contact: first that it can be read, then the log's rules as <see cref="ContactLogService.Check"/> has them.</summary>
public sealed class ContactFormValidator : AbstractValidator<ContactForm>
{
    public ContactFormValidator(ContactLogService contacts)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Kind)
            .Must(typed => ContactForm.ReadKind(typed) is not null).WithMessage("Select what kind of note or contact it was");

        RuleFor(f => f.Outcome)
            .Must(typed => string.IsNullOrEmpty(typed) || ContactForm.ReadOutcome(typed) is not null).WithMessage("Select whether you spoke to them or could not reach them");

        RuleFor(f => f.OccurredOn).Custom((parts, validation) =>
        {
            if (parts.Parse(ContactForm.DateName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.PlacementId)
            .Must(typed => ContactForm.ReadId(typed).Readable).WithMessage("Select one of the person's placements, or none");

        RuleFor(f => f.FollowUpId)
            .Must(typed => ContactForm.ReadId(typed).Readable).WithMessage("Select a follow-up, or none");

        RuleFor(f => f).Custom((form, validation) =>
        {
            if (ContactForm.ReadKind(form.Kind) is null || form.OccurredOn.Parse(ContactForm.DateName).Date is null)
            {
                return;
            }
            foreach (var problem in contacts.Check(validation.FormContext<ContactChoices>(), form.ToNote(contacts.Today)))
            {
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}
