using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Employment.Web.Infrastructure.Faults;

/// <summary>
/// Every string the site binds (form fields, query values, route values), checked in one place: hidden control characters
/// (a NUL, a bell), text that was not valid UTF-8 (read as U+FFFD) and anything longer than any answer the site keeps are
/// refused with an error on the field. The value passed on has them removed, so an action that skips validation still
/// cannot store them.
/// </summary>
public sealed class TypedTextBinder(IModelBinder inner) : IModelBinder
{
    /// <summary>Longer than the longest text column (an opportunity's description, 4,000): no answer is this long.</summary>
    public const int MostCharacters = 10_000;

    public const string Unreadable =
        "This answer has hidden control characters or characters that could not be read. Type it again rather than pasting it";

    public static readonly string TooLong = $"This answer must be {MostCharacters:N0} characters or fewer";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet || bindingContext.Result.Model is not string text)
        {
            return;
        }
        if (text.Length > MostCharacters)
        {
            var shortened = Readable(text[..MostCharacters]);
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, shortened, shortened);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TooLong);
            bindingContext.Result = ModelBindingResult.Success(shortened);
        }
        else if (HasUnreadable(text))
        {
            // What is shown back in the field is the readable part: the page never echoes a NUL or a control character.
            var readable = Readable(text);
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, readable, readable);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Unreadable);
            bindingContext.Result = ModelBindingResult.Success(readable);
        }
    }

    /// <summary>A control character other than a tab or line break, or the replacement character invalid UTF-8 is read as.</summary>
    public static bool HasUnreadable(string text) => text.Any(IsUnreadable);

    public static string Readable(string text) => string.Concat(text.Where(c => !IsUnreadable(c)));

    private static bool IsUnreadable(char c) =>
        c == '\uFFFD' || c == '\uFEFF' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
}

/// <summary>Puts <see cref="TypedTextBinder"/> in front of MVC's own binder for every string.</summary>
public sealed class TypedTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource?.IsGreedy != true
            ? new TypedTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
