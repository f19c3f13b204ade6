package org.openhall.catalog.adapter.in.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ServiceGuideQuery;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.network.application.port.in.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The printable service guide: public, in Chinese, with all eight public elements, escaped. */
@WebMvcTest(ServiceGuidePageController.class)
class ServiceGuidePageControllerTest {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServiceGuideQuery guides;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void theGuidePageShowsAllEightPublicElementsInChineseWithoutSigningIn() throws Exception {
        given(guides.guide(FOOD)).willReturn(CatalogViews.foodGuide());

        mvc.perform(get("/guide/items/SCJG-001").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\">"),
                        containsString("一、事项名称"), containsString("二、设定依据"), containsString("三、受理条件"),
                        containsString("四、申请材料"), containsString("五、办理流程"), containsString("六、办理时限"),
                        containsString("七、收费标准"), containsString("八、办理结果"))))
                .andExpect(content().string(allOf(containsString("食品经营许可 办事指南"),
                        containsString("《中华人民共和国食品安全法》 第三十五条"), containsString("行政许可"),
                        containsString("情形必要（委托他人办理时）"), containsString("可容缺后补"),
                        containsString("特别程序，不计入办理时限"), containsString("20 个工作日"),
                        containsString("不收费"), containsString("窗口领取、邮寄送达"),
                        containsString("以下环节回部门办理：现场核查"))))
                .andExpect(content().string(not(containsString("本事项暂停办理"))));
    }

    @Test
    void aSuspendedItemsPageSaysThatNoApplicationsAreReceivedAndWhy() throws Exception {
        given(guides.guide(FOOD)).willReturn(ServiceGuideView.of(
                CatalogViews.food(3, ItemStatus.SUSPENDED, "系统升级"), false));

        mvc.perform(get("/guide/items/SCJG-001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本事项暂停办理，暂不受理新的申请（系统升级）。")));
    }

    @Test
    void markupInTheCatalogIsShownAsTextNeverRun() throws Exception {
        given(guides.guide(FOOD)).willReturn(CatalogViews.guideNamed("<script>alert('x')</script>许可"));

        mvc.perform(get("/guide/items/SCJG-001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;许可")))
                .andExpect(content().string(not(containsString("<script>"))));
    }
}
