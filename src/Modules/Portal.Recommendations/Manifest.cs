using Portal.Core.Modules;

[assembly: Module(
    Name = "Anbefalinger",
    Description = "Anbefalinger med budgetter, strategier med initiativer og kvartalsvis opfølgning.",
    Dependencies = ["Portal.Contents", "Portal.Med"])]
