using Portal.Core.Modules;

[assembly: Module(Name = "Administrationstema", Description = "Temaet for administrationen under /admin.", IsTheme = true, Dependencies = ["Portal.Theme"])]
