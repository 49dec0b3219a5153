from guides.models.conditions import Condition
from guides.models.pages import DrugGuidePage, GuideIndexPage
from guides.models.parts import GuideBrandName, GuideInteraction

__all__ = ["Condition", "DrugGuidePage", "GuideBrandName", "GuideIndexPage", "GuideInteraction"]
