namespace Portal.Med.ViewModels;
