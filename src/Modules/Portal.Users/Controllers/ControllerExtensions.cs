using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Core.Display;

namespace Portal.Users.Controllers;

internal static class ControllerExtensions
{
    /// <summary>The form again, with its errors, as a 400 response: nothing was changed.</summary>
    public static ViewResult InvalidForm(this Controller controller, object model, string? viewName = null)
    {
        var view = controller.View(viewName, model);
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }

    /// <summary>A message shown once on the next page, like <see cref="AdminController"/>'s Notify.</summary>
    public static void Notify(this ITempDataDictionary tempData, string message, NotificationKind kind = NotificationKind.Success) =>
        Notifications.Write(tempData, message, kind);

    /// <summary>
    /// Puts Identity's (Danish) errors on the fields they concern, so each is shown beside its input.
    /// </summary>
    public static void AddIdentityErrors(
        this ModelStateDictionary modelState,
        IdentityResult result,
        string passwordField = "Password",
        string currentPasswordField = "CurrentPassword",
        string nameField = "Name")
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => currentPasswordField,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => "UserName",
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "Email",
                nameof(IdentityErrorDescriber.InvalidRoleName) or nameof(IdentityErrorDescriber.DuplicateRoleName) => nameField,
                _ => string.Empty,
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
