using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Portal.Core.Hosting;

/// <summary>Model binding's own messages (a number field given text, a missing value) in Danish.</summary>
internal static class DanishModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Værdien '{value}' er ikke gyldig for {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Udfyld {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Der mangler en værdi.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Forespørgslen mangler indhold.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Værdien '{value}' er ikke gyldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Værdien er ikke gyldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Feltet skal være et tal.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Værdien er ikke gyldig for {field}.");
        messages.SetValueIsInvalidAccessor(value => $"Værdien '{value}' er ikke gyldig.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} skal være et tal.");
        messages.SetValueMustNotBeNullAccessor(value => $"Udfyld feltet.");
    }
}
